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

import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { errors } from '@adonisjs/core/http'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import {
  apiWriteThrottle,
  loginThrottle,
  passwordResetThrottle,
  registrationThrottle,
} from '#start/limiter'
import { API_ROUTES } from '#start/api_routes'

/*
|--------------------------------------------------------------------------
| main: home feeds, search, dashboard, about, Atom feed, sitemap
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('/', [controllers.main.Feeds, 'index']).as('home').use(middleware.publicPage())
    router
      .get('/feed', [controllers.main.FollowingFeeds, 'index'])
      .as('feed')
      .use([middleware.web(), middleware.auth()])
    router
      .get('/search', [controllers.main.Searches, 'index'])
      .as('search')
      .use(middleware.publicPage())
    router
      .get('/dashboard', [controllers.main.Dashboards, 'show'])
      .as('dashboard')
      .use([middleware.web(), middleware.auth()])
    router.on('/about').render('pages/main/about').as('about').use(middleware.publicPage())
    router.get('/feed.xml', [controllers.main.AtomFeeds, 'show']).as('atom')
    router.get('/robots.txt', [controllers.main.Robots, 'show']).as('robots')
    router.get('/sitemap.xml', [controllers.main.Sitemaps, 'index']).as('sitemap')
    router.get('/sitemaps/pages.xml', [controllers.main.PageSitemaps, 'show']).as('sitemap.pages')
    router
      .get('/sitemaps/articles/:part', [controllers.main.ArticleSitemaps, 'show'])
      .where('part', /^[1-9][0-9]{0,6}$/)
      .as('sitemap.articles')
  })
  .as('main')

/*
|--------------------------------------------------------------------------
| articles: /articles, /editor, /tags
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router
      .get('/articles/:slug', [controllers.articles.Articles, 'show'])
      .as('show')
      .use(middleware.publicPage())
    router.get('/articles/:slug/card.png', [controllers.articles.ShareCards, 'show']).as('card')
    router
      .get('/tags/:name', [controllers.articles.Tags, 'show'])
      .as('tags.show')
      .use(middleware.publicPage())

    router
      .group(() => {
        router.get('/editor', [controllers.articles.Articles, 'create']).as('create')
        router.post('/articles', [controllers.articles.Articles, 'store']).as('store')
        router.get('/articles/:slug/edit', [controllers.articles.Articles, 'edit']).as('edit')
        router.put('/articles/:slug', [controllers.articles.Articles, 'update']).as('update')
        router.delete('/articles/:slug', [controllers.articles.Articles, 'destroy']).as('destroy')

        // The editor's preview: the whole form again (no JavaScript), or the body alone (the tab).
        router
          .post('/editor/preview', [controllers.articles.ArticlePreviews, 'store'])
          .as('previews.store')
        router
          .post('/articles/:slug/preview', [controllers.articles.ArticlePreviews, 'store'])
          .as('edit_previews.store')
        router
          .post('/editor/rendering', [controllers.articles.BodyRenderings, 'store'])
          .as('renderings.store')

        router
          .get('/articles/:slug/revisions', [controllers.articles.Revisions, 'index'])
          .as('revisions.index')
        router
          .get('/articles/:slug/revisions/:id', [controllers.articles.Revisions, 'show'])
          .where('id', router.matchers.number())
          .as('revisions.show')
        router
          .post('/articles/:slug/revisions/:id/restoration', [
            controllers.articles.RevisionRestorations,
            'store',
          ])
          .where('id', router.matchers.number())
          .as('revisions.restoration.store')

        router
          .post('/articles/:slug/comments', [controllers.articles.Comments, 'store'])
          .as('comments.store')
        router
          .delete('/articles/:slug/comments/:id', [controllers.articles.Comments, 'destroy'])
          .where('id', router.matchers.number())
          .as('comments.destroy')

        router
          .post('/articles/:slug/favorite', [controllers.articles.Favorites, 'store'])
          .as('favorite.store')
        router
          .delete('/articles/:slug/favorite', [controllers.articles.Favorites, 'destroy'])
          .as('favorite.destroy')
      })
      .use([middleware.web(), middleware.auth()])
  })
  .as('articles')

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
        router
          .post('login', [controllers.auth.Sessions, 'store'])
          .as('login.store')
          .use(loginThrottle)
      })
      .use(middleware.guest())

    router
      .get('password-reset', [controllers.auth.PasswordResets, 'create'])
      .as('password_reset.create')
    router
      .post('password-reset', [controllers.auth.PasswordResets, 'store'])
      .as('password_reset.store')
      .use(passwordResetThrottle)
    router
      .get('password-reset/:token', [controllers.auth.PasswordResets, 'edit'])
      .as('password_reset.edit')
    router
      .put('password-reset/:token', [controllers.auth.PasswordResets, 'update'])
      .as('password_reset.update')

    router
      .get('verify-email/:token', [controllers.auth.EmailVerifications, 'show'])
      .as('email_verification.show')

    router
      .post('logout', [controllers.auth.Sessions, 'destroy'])
      .as('logout')
      .use(middleware.auth())
  })
  .prefix('/auth')
  .as('auth')
  .use(middleware.web())

/*
|--------------------------------------------------------------------------
| profiles: /profiles, /settings
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router
      .get('/profiles/:username', [controllers.profiles.Profiles, 'show'])
      .as('show')
      .use(middleware.publicPage())
    router
      .get('/profiles/:username/favorites', [controllers.profiles.Favorites, 'index'])
      .as('favorites.index')
      .use(middleware.publicPage())
    // The generated picture of an account without one (no session, no database).
    router
      .get('/avatars/:file', [controllers.profiles.Avatars, 'show'])
      .where('file', /^[A-Za-z0-9_-]{1,40}\.svg$/)
      .as('avatar')

    router
      .group(() => {
        router.get('/settings', [controllers.profiles.Settings, 'edit']).as('settings.edit')
        router.put('/settings', [controllers.profiles.Settings, 'update']).as('settings.update')
        router
          .put('/settings/password', [controllers.profiles.Passwords, 'update'])
          .as('password.update')
        router
          .put('/settings/notifications', [controllers.profiles.NotificationPreferences, 'update'])
          .as('notifications.update')
        router
          .post('/settings/email-verification', [controllers.profiles.EmailVerifications, 'store'])
          .as('email_verification.store')
          .use(passwordResetThrottle)

        router
          .post('/profiles/:username/follow', [controllers.profiles.Follows, 'store'])
          .as('follow.store')
        router
          .delete('/profiles/:username/follow', [controllers.profiles.Follows, 'destroy'])
          .as('follow.destroy')
      })
      .use([middleware.web(), middleware.auth()])
  })
  .as('profiles')

/*
|--------------------------------------------------------------------------
| notifications: /notifications
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router
      .group(() => {
        router.get('/', [controllers.notifications.Notifications, 'index']).as('index')
        router.post('read', [controllers.notifications.Readings, 'store']).as('read')
      })
      .use([middleware.web(), middleware.auth()])

    // Signed links from notification e-mails: no session, no sign-in, no CSRF token.
    router
      .get('unsubscribe/:userId/:kind', [controllers.notifications.Unsubscribes, 'show'])
      .as('unsubscribe')
    router
      .post('unsubscribe/:userId/:kind', [controllers.notifications.Unsubscribes, 'store'])
      .as('unsubscribe.store')
  })
  .where('userId', router.matchers.number())
  .where('kind', /^(comment|follow)$/)
  .prefix('/notifications')
  .as('notifications')

/*
|--------------------------------------------------------------------------
| uploads: /uploads (stored images, from the local disk or the bucket)
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('/*', [controllers.uploads.Files, 'show']).as('show')
  })
  .prefix('/uploads')
  .as('uploads')

/*
|--------------------------------------------------------------------------
| admin: /admin
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('/', [controllers.admin.Dashboards, 'index']).as('dashboard.index')
    router.get('activity', [controllers.admin.Activities, 'index']).as('activity.index')

    router.get('comments', [controllers.admin.Comments, 'index']).as('comments.index')
    router
      .put('comments/:id/visibility', [controllers.admin.CommentVisibilities, 'update'])
      .as('comments.visibility.update')

    router.get('articles', [controllers.admin.Articles, 'index']).as('articles.index')
    router.delete('articles/:id', [controllers.admin.Articles, 'destroy']).as('articles.destroy')
    router
      .delete('articles/:id/publication', [controllers.admin.ArticlePublications, 'destroy'])
      .as('articles.publication.destroy')

    // Accounts and roles: admins only (moderators get the 403 page).
    router
      .group(() => {
        router.get('users', [controllers.admin.Users, 'index']).as('users.index')
        router
          .put('users/:id/role', [controllers.admin.UserRoles, 'update'])
          .as('users.role.update')
        router
          .put('users/:id/status', [controllers.admin.UserStatuses, 'update'])
          .as('users.status.update')

        router.get('jobs', [controllers.admin.Jobs, 'index']).as('jobs.index')
        router.post('jobs/:jobId/retry', [controllers.admin.JobRetries, 'store']).as('jobs.retry')
      })
      .use(middleware.authorize({ ability: 'manageUsers' }))
  })
  .where('id', router.matchers.number())
  .prefix('/admin')
  .as('admin')
  .use([middleware.web(), middleware.auth(), middleware.authorize({ ability: 'accessAdmin' })])

/*
|--------------------------------------------------------------------------
| integrations: /weather
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router
      .get('/', [controllers.integrations.WeatherForecasts, 'index'])
      .as('weather.index')
      .use(middleware.publicPage())
  })
  .prefix('/weather')
  .as('integrations')

/*
|--------------------------------------------------------------------------
| health: /health
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('live', [controllers.health.LivenessProbes, 'show']).as('live')
    router.get('ready', [controllers.health.ReadinessProbes, 'show']).as('ready')
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
    router
      .post('users', [controllers.api.v1.Users, 'store'])
      .as('users.store')
      .use(registrationThrottle)
    router
      .post('users/login', [controllers.api.v1.Sessions, 'store'])
      .as('users.login')
      .use(loginThrottle)

    router
      .post('users/password-reset', [controllers.api.v1.PasswordResets, 'store'])
      .as('users.password_reset.store')
      .use(passwordResetThrottle)
    router
      .post('users/password-reset/confirm', [
        controllers.api.v1.PasswordResetConfirmations,
        'store',
      ])
      .as('users.password_reset.confirm')

    router.get('tags', [controllers.api.v1.Tags, 'index']).as('tags.index')
    router.get('openapi.json', [controllers.api.v1.OpenapiDocuments, 'show']).as('openapi')

    // Token required; writes are throttled per token.
    router
      .group(() => {
        router.get('user', [controllers.api.v1.CurrentUsers, 'show']).as('user.show')
        router.put('user', [controllers.api.v1.CurrentUsers, 'update']).as('user.update')
        router.delete('user/token', [controllers.api.v1.Tokens, 'destroy']).as('user.token.destroy')
        router.post('uploads', [controllers.api.v1.Uploads, 'store']).as('uploads.store')

        router
          .post('profiles/:username/follow', [controllers.api.v1.Follows, 'store'])
          .as('profiles.follow.store')
        router
          .delete('profiles/:username/follow', [controllers.api.v1.Follows, 'destroy'])
          .as('profiles.follow.destroy')

        // Before articles/:slug, which would otherwise take "feed" for a slug.
        router.get('articles/feed', [controllers.api.v1.FeedArticles, 'index']).as('articles.feed')
        router.post('articles', [controllers.api.v1.Articles, 'store']).as('articles.store')
        router.put('articles/:slug', [controllers.api.v1.Articles, 'update']).as('articles.update')
        router
          .delete('articles/:slug', [controllers.api.v1.Articles, 'destroy'])
          .as('articles.destroy')

        router
          .post('articles/:slug/favorite', [controllers.api.v1.Favorites, 'store'])
          .as('articles.favorite.store')
        router
          .delete('articles/:slug/favorite', [controllers.api.v1.Favorites, 'destroy'])
          .as('articles.favorite.destroy')

        router
          .post('articles/:slug/comments', [controllers.api.v1.Comments, 'store'])
          .as('articles.comments.store')
        router
          .delete('articles/:slug/comments/:id', [controllers.api.v1.Comments, 'destroy'])
          .where('id', router.matchers.number())
          .as('articles.comments.destroy')
      })
      .use([middleware.auth({ guards: ['api'] }), apiWriteThrottle])

    // Optional token: guests read, a token adds `favorited`/`following` (and the writer's drafts).
    router
      .group(() => {
        router.get('profiles/:username', [controllers.api.v1.Profiles, 'show']).as('profiles.show')
        router.get('articles', [controllers.api.v1.Articles, 'index']).as('articles.index')
        router.get('articles/:slug', [controllers.api.v1.Articles, 'show']).as('articles.show')
        router
          .get('articles/:slug/comments', [controllers.api.v1.Comments, 'index'])
          .as('articles.comments.index')
      })
      .use(middleware.optionalAuth({ guards: ['api'] }))

    /*
    |------------------------------------------------------------------------
    | integrations (extension): GET /api/v1/weather/:location
    |------------------------------------------------------------------------
    */
    router
      .get('weather/:location', [controllers.api.v1.WeatherForecasts, 'show'])
      .as('weather.show')

    // Last: any other path under /api/v1 is a 404 in the API's own shape.
    router
      .any('*', ({ request }) => {
        throw new errors.E_ROUTE_NOT_FOUND([request.method(), request.url()])
      })
      .as('not_found')
  })
  .prefix('/api/v1')
  .as(API_ROUTES)
  .use([middleware.forceJsonResponse(), middleware.tokenScheme()])

/** The human-readable API reference: an HTML page (Swagger UI served from node_modules). */
router
  .group(() => {
    router.get('/', [controllers.api.Docs, 'show']).as('show').use(middleware.publicPage())
    router.get('assets/:file', [controllers.api.DocsAssets, 'show']).as('assets')
  })
  .prefix('/api/docs')
  .as('api.docs')

/*
|--------------------------------------------------------------------------
| dev: /dev (development only: the mailbox that catches outgoing mail)
|--------------------------------------------------------------------------
*/
if (!app.inProduction) {
  router
    .group(() => {
      router.get('mailbox', [controllers.dev.Mailboxes, 'show']).as('mailbox')
    })
    .prefix('/dev')
    .as('dev')
    .use(middleware.web())
}
