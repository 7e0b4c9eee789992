import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'profiles.settings.update': { paramsTuple?: []; params?: {} }
    'profiles.password.update': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.login': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
    'api.v1.user.update': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'main.home': { paramsTuple?: []; params?: {} }
    'main.about': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'profiles.settings.edit': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.user.show': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.users.login': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'profiles.settings.update': { paramsTuple?: []; params?: {} }
    'profiles.password.update': { paramsTuple?: []; params?: {} }
    'api.v1.user.update': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}