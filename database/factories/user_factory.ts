import factory from '@adonisjs/lucid/factories'
import User from '#models/user'

/** Every factory user's password, so tests can sign in as them. */
export const FACTORY_PASSWORD = 'secret-password'

export const UserFactory = factory
  .define(User, ({ faker }) => ({
    username: `${faker.internet
      .username()
      .replace(/[^A-Za-z0-9_-]/g, '')
      .slice(0, 24)}${faker.string.alphanumeric(6)}`,
    email: faker.internet
      .email()
      .toLowerCase()
      .replace('@', `.${faker.string.alphanumeric(6)}@`),
    password: FACTORY_PASSWORD,
    bio: faker.lorem.sentence(),
    image: null,
    location: faker.location.city(),
    role: 'member' as const,
    isActive: true,
  }))
  .state('admin', (user) => (user.role = 'admin'))
  .state('moderator', (user) => (user.role = 'moderator'))
  .state('inactive', (user) => (user.isActive = false))
  .build()
