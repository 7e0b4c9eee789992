/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| One group per domain, each with a URL prefix and a route-name prefix,
| the way blueprints are registered in a Flask app factory. Every route is
| named; redirects, templates and tests use only names.
|
*/

import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { apiWriteThrottle, loginThrottle, registrationThrottle } from '#start/limiter'

/*
|--------------------------------------------------------------------------
| main: home, about
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.on('/').render('pages/home').as('home')
    router.on('/about').render('pages/about').as('about')
  })
  .as('main')

/*
|--------------------------------------------------------------------------
| articles: /articles, /editor, /tags
|--------------------------------------------------------------------------
*/

/*
|--------------------------------------------------------------------------
| auth: /auth
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router
      .group(() => {
        router.get('register', [controllers.auth.Registrations, 'create']).as('register')
        router
          .post('register', [controllers.auth.Registrations, 'store'])
          .as('register.store')
          .use(registrationThrottle)
        router.get('login', [controllers.auth.Sessions, 'create']).as('login')
        router.post('login', [controllers.auth.Sessions, 'store']).as('login.store').use(loginThrottle)
      })
      .use(middleware.guest())

    router.post('logout', [controllers.auth.Sessions, 'destroy']).as('logout').use(middleware.auth())
  })
  .prefix('/auth')
  .as('auth')

/*
|--------------------------------------------------------------------------
| profiles: /profiles, /settings
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('/settings', [controllers.profiles.Settings, 'edit']).as('settings.edit')
    router.put('/settings', [controllers.profiles.Settings, 'update']).as('settings.update')
    router.put('/settings/password', [controllers.profiles.Passwords, 'update']).as('password.update')
  })
  .use(middleware.auth())
  .as('profiles')

/*
|--------------------------------------------------------------------------
| admin: /admin
|--------------------------------------------------------------------------
*/

/*
|--------------------------------------------------------------------------
| integrations: /weather
|--------------------------------------------------------------------------
*/

/*
|--------------------------------------------------------------------------
| health: /health
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('live', [controllers.health.HealthChecks, 'live']).as('live')
    router.get('ready', [controllers.health.HealthChecks, 'ready']).as('ready')
  })
  .prefix('/health')
  .as('health')

/*
|--------------------------------------------------------------------------
| api: /api/v1 (RealWorld contract)
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.post('users', [controllers.api.v1.Users, 'store']).as('users.store').use(registrationThrottle)
    router.post('users/login', [controllers.api.v1.Sessions, 'store']).as('users.login').use(loginThrottle)

    router
      .group(() => {
        router.get('user', [controllers.api.v1.CurrentUser, 'show']).as('user.show')
        router.put('user', [controllers.api.v1.CurrentUser, 'update']).as('user.update')
      })
      .use([middleware.auth({ guards: ['api'] }), apiWriteThrottle])
  })
  .prefix('/api/v1')
  .as('api.v1')
