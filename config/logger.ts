import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'

const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'folio',
      level: env.get('LOG_LEVEL', 'info'),
      transport: {
        // JSON lines in production (for a log collector), readable lines in development.
        targets: targets()
          .pushIf(app.inProduction || app.inTest, targets.file({ destination: 1 }))
          .pushIf(!app.inProduction && !app.inTest, targets.pretty())
          .toArray(),
      },
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
