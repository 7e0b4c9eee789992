import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.feed': { paramsTuple?: []; params?: {} }
    'main.search': { paramsTuple?: []; params?: {} }
    'main.dashboard': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'main.atom': { paramsTuple?: []; params?: {} }
    'main.robots': { paramsTuple?: []; params?: {} }
    'main.sitemap': { paramsTuple?: []; params?: {} }
    'main.sitemap.pages': { paramsTuple?: []; params?: {} }
    'main.sitemap.articles': { paramsTuple: [ParamValue]; params: {'part': ParamValue} }
    'articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.card': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.tags.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'articles.create': { paramsTuple?: []; params?: {} }
    'articles.store': { paramsTuple?: []; params?: {} }
    'articles.edit': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.update': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.previews.store': { paramsTuple?: []; params?: {} }
    'articles.edit_previews.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.renderings.store': { paramsTuple?: []; params?: {} }
    'articles.revisions.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'articles.revisions.restoration.store': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'articles.comments.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.comments.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'articles.favorite.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.favorite.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.password_reset.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.email_verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.favorites.index': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.avatar': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'profiles.settings.update': { paramsTuple?: []; params?: {} }
    'profiles.password.update': { paramsTuple?: []; params?: {} }
    'profiles.notifications.update': { paramsTuple?: []; params?: {} }
    'profiles.email_verification.store': { paramsTuple?: []; params?: {} }
    'profiles.follow.store': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.follow.destroy': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.read': { paramsTuple?: []; params?: {} }
    'notifications.unsubscribe': { paramsTuple: [ParamValue,ParamValue]; params: {'userId': ParamValue,'kind': ParamValue} }
    'notifications.unsubscribe.store': { paramsTuple: [ParamValue,ParamValue]; params: {'userId': ParamValue,'kind': ParamValue} }
    'uploads.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.dashboard.index': { paramsTuple?: []; params?: {} }
    'admin.activity.index': { paramsTuple?: []; params?: {} }
    'admin.comments.index': { paramsTuple?: []; params?: {} }
    'admin.comments.visibility.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.articles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.articles.publication.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.role.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.status.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.retry': { paramsTuple: [ParamValue]; params: {'jobId': ParamValue} }
    'integrations.weather.index': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.login': { paramsTuple?: []; params?: {} }
    'api.v1.users.password_reset.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.password_reset.confirm': { paramsTuple?: []; params?: {} }
    'api.v1.tags.index': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
    'api.v1.user.update': { paramsTuple?: []; params?: {} }
    'api.v1.user.token.destroy': { paramsTuple?: []; params?: {} }
    'api.v1.uploads.store': { paramsTuple?: []; params?: {} }
    'api.v1.profiles.follow.store': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.profiles.follow.destroy': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.feed': { paramsTuple?: []; params?: {} }
    'api.v1.articles.store': { paramsTuple?: []; params?: {} }
    'api.v1.articles.update': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.favorite.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.favorite.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'api.v1.profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.index': { paramsTuple?: []; params?: {} }
    'api.v1.articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.weather.show': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.docs.show': { paramsTuple?: []; params?: {} }
    'api.docs.assets': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'dev.mailbox': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.feed': { paramsTuple?: []; params?: {} }
    'main.search': { paramsTuple?: []; params?: {} }
    'main.dashboard': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'main.atom': { paramsTuple?: []; params?: {} }
    'main.robots': { paramsTuple?: []; params?: {} }
    'main.sitemap': { paramsTuple?: []; params?: {} }
    'main.sitemap.pages': { paramsTuple?: []; params?: {} }
    'main.sitemap.articles': { paramsTuple: [ParamValue]; params: {'part': ParamValue} }
    'articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.card': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.tags.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'articles.create': { paramsTuple?: []; params?: {} }
    'articles.edit': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.revisions.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.email_verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.favorites.index': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.avatar': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.unsubscribe': { paramsTuple: [ParamValue,ParamValue]; params: {'userId': ParamValue,'kind': ParamValue} }
    'uploads.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.dashboard.index': { paramsTuple?: []; params?: {} }
    'admin.activity.index': { paramsTuple?: []; params?: {} }
    'admin.comments.index': { paramsTuple?: []; params?: {} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'integrations.weather.index': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.tags.index': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
    'api.v1.articles.feed': { paramsTuple?: []; params?: {} }
    'api.v1.profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.index': { paramsTuple?: []; params?: {} }
    'api.v1.articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.weather.show': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.docs.show': { paramsTuple?: []; params?: {} }
    'api.docs.assets': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'dev.mailbox': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.feed': { paramsTuple?: []; params?: {} }
    'main.search': { paramsTuple?: []; params?: {} }
    'main.dashboard': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'main.atom': { paramsTuple?: []; params?: {} }
    'main.robots': { paramsTuple?: []; params?: {} }
    'main.sitemap': { paramsTuple?: []; params?: {} }
    'main.sitemap.pages': { paramsTuple?: []; params?: {} }
    'main.sitemap.articles': { paramsTuple: [ParamValue]; params: {'part': ParamValue} }
    'articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.card': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.tags.show': { paramsTuple: [ParamValue]; params: {'name': ParamValue} }
    'articles.create': { paramsTuple?: []; params?: {} }
    'articles.edit': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.revisions.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.email_verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.favorites.index': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'profiles.avatar': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.unsubscribe': { paramsTuple: [ParamValue,ParamValue]; params: {'userId': ParamValue,'kind': ParamValue} }
    'uploads.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.dashboard.index': { paramsTuple?: []; params?: {} }
    'admin.activity.index': { paramsTuple?: []; params?: {} }
    'admin.comments.index': { paramsTuple?: []; params?: {} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.jobs.index': { paramsTuple?: []; params?: {} }
    'integrations.weather.index': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.tags.index': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
    'api.v1.articles.feed': { paramsTuple?: []; params?: {} }
    'api.v1.profiles.show': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.index': { paramsTuple?: []; params?: {} }
    'api.v1.articles.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.index': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.weather.show': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.docs.show': { paramsTuple?: []; params?: {} }
    'api.docs.assets': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'dev.mailbox': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'articles.store': { paramsTuple?: []; params?: {} }
    'articles.previews.store': { paramsTuple?: []; params?: {} }
    'articles.edit_previews.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.renderings.store': { paramsTuple?: []; params?: {} }
    'articles.revisions.restoration.store': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'articles.comments.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.favorite.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'profiles.email_verification.store': { paramsTuple?: []; params?: {} }
    'profiles.follow.store': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'notifications.read': { paramsTuple?: []; params?: {} }
    'notifications.unsubscribe.store': { paramsTuple: [ParamValue,ParamValue]; params: {'userId': ParamValue,'kind': ParamValue} }
    'admin.jobs.retry': { paramsTuple: [ParamValue]; params: {'jobId': ParamValue} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.login': { paramsTuple?: []; params?: {} }
    'api.v1.users.password_reset.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.password_reset.confirm': { paramsTuple?: []; params?: {} }
    'api.v1.uploads.store': { paramsTuple?: []; params?: {} }
    'api.v1.profiles.follow.store': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.store': { paramsTuple?: []; params?: {} }
    'api.v1.articles.favorite.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  PUT: {
    'articles.update': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'auth.password_reset.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profiles.settings.update': { paramsTuple?: []; params?: {} }
    'profiles.password.update': { paramsTuple?: []; params?: {} }
    'profiles.notifications.update': { paramsTuple?: []; params?: {} }
    'admin.comments.visibility.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.role.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.status.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.user.update': { paramsTuple?: []; params?: {} }
    'api.v1.articles.update': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  DELETE: {
    'articles.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'articles.comments.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'articles.favorite.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'profiles.follow.destroy': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'admin.articles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.articles.publication.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.user.token.destroy': { paramsTuple?: []; params?: {} }
    'api.v1.profiles.follow.destroy': { paramsTuple: [ParamValue]; params: {'username': ParamValue} }
    'api.v1.articles.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.favorite.destroy': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'api.v1.articles.comments.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'slug': ParamValue,'id': ParamValue} }
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  OPTIONS: {
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
  PATCH: {
    'api.v1.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}