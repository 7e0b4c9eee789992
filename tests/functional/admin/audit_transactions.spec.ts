import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Article from '#models/article'
import Comment from '#models/comment'
import User from '#models/user'
import type { AuditAction } from '#actions/audit/record_audit_log'
import CreateUser from '#actions/users/create_user'
import UpdateUserRole from '#actions/users/update_user_role'
import UpdateUserStatus from '#actions/users/update_user_status'
import UpdateCommentVisibility from '#actions/comments/update_comment_visibility'
import UnpublishArticle from '#actions/articles/unpublish_article'
import DeleteArticle from '#actions/articles/delete_article'
import UsersCreate from '../../../commands/users_create.js'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/helpers'

const REFUSAL = /the audit trail refuses writes/

/**
 * From here on every audit entry fails to insert, as it would on a full disk
 * or a broken constraint. Made inside the test's transaction, so it is gone
 * when the test ends.
 */
async function refuseAuditEntries() {
  await db.rawQuery(`CREATE FUNCTION refuse_audit_entries() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit trail refuses writes'; END $$`)
  await db.rawQuery(`CREATE TRIGGER refuse_audit_entries BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_entries()`)
}

function entries(action: AuditAction) {
  return AuditLog.query().where('action', action).orderBy('id')
}

async function createAccountAtCommandLine(username: string) {
  const command = await ace.create(UsersCreate, [
    `--username=${username}`,
    `--email=${username}@example.com`,
    '--password=correct-horse',
    '--role=admin',
    '--no-interactive',
  ])
  command.ui.switchMode('raw')
  await command.exec()
  return command
}

test.group('Audit entries are written in the transaction of their operation', (group) => {
  isolateDatabase(group)

  test('an account opened at the command line', async ({ assert }) => {
    const opened = await createAccountAtCommandLine('ada')
    opened.assertSucceeded()
    const ada = await User.findByOrFail('username', 'ada')
    const [entry] = await entries('user.created')
    assert.equal(entry.targetId, ada.id)

    // The command's own call, made directly: ace would print the refusal in the test output.
    await refuseAuditEntries()
    const bea = { username: 'bea', email: 'bea@example.com', password: 'correct-horse' }
    await assert.rejects(
      () => new CreateUser().handle({ ...bea, role: 'admin' }, { actor: null, via: 'cli' }),
      REFUSAL
    )
    assert.isNull(await User.findBy('username', 'bea'))
    assert.lengthOf(await entries('user.created'), 1)
  })

  test('a role change', async ({ assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()

    await new UpdateUserRole().handle(admin, member, 'moderator')
    await member.refresh()
    assert.equal(member.role, 'moderator')
    const [entry] = await entries('user.role_changed')
    assert.deepInclude(entry.details, { from: 'member', to: 'moderator' })

    await refuseAuditEntries()
    await assert.rejects(() => new UpdateUserRole().handle(admin, member, 'admin'), REFUSAL)
    const stored = await User.findOrFail(member.id)
    assert.equal(stored.role, 'moderator')
    assert.lengthOf(await entries('user.role_changed'), 1)
  })

  test('a deactivation or reactivation', async ({ assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()

    await new UpdateUserStatus().handle(admin, member, false)
    assert.isFalse((await User.findOrFail(member.id)).isActive)
    assert.lengthOf(await entries('user.deactivated'), 1)

    await refuseAuditEntries()
    await assert.rejects(() => new UpdateUserStatus().handle(admin, member, true), REFUSAL)
    assert.isFalse((await User.findOrFail(member.id)).isActive)
    assert.lengthOf(await entries('user.activated'), 0)
  })

  test('hiding or restoring a comment', async ({ assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({
      articleId: article.id,
      authorId: article.authorId,
    }).create()

    await new UpdateCommentVisibility().handle(moderator, comment, 'hidden')
    assert.equal((await Comment.findOrFail(comment.id)).status, 'hidden')
    assert.lengthOf(await entries('comment.hidden'), 1)

    await refuseAuditEntries()
    await assert.rejects(
      () => new UpdateCommentVisibility().handle(moderator, comment, 'visible'),
      REFUSAL
    )
    assert.equal((await Comment.findOrFail(comment.id)).status, 'hidden')
    assert.lengthOf(await entries('comment.restored'), 0)
  })

  test("unpublishing someone's article", async ({ assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const [first, second] = await ArticleFactory.with('author').createMany(2)

    await new UnpublishArticle().handle(first, moderator)
    assert.isFalse((await Article.findOrFail(first.id)).published)
    const [entry] = await entries('article.unpublished')
    assert.equal(entry.targetId, first.id)
    assert.equal(entry.actorId, moderator.id)

    await refuseAuditEntries()
    await assert.rejects(() => new UnpublishArticle().handle(second, moderator), REFUSAL)
    assert.isTrue((await Article.findOrFail(second.id)).published)
    assert.lengthOf(await entries('article.unpublished'), 1)
  })

  test("deleting someone's article", async ({ assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const [first, second] = await ArticleFactory.with('author').createMany(2)

    await new DeleteArticle().handle(first, moderator)
    assert.isNull(await Article.find(first.id))
    const [entry] = await entries('article.deleted')
    assert.deepInclude(entry.details, { title: first.title })

    await refuseAuditEntries()
    await assert.rejects(() => new DeleteArticle().handle(second, moderator), REFUSAL)
    assert.isNotNull(await Article.find(second.id))
    assert.lengthOf(await entries('article.deleted'), 1)
  })
})
