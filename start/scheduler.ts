/*
|--------------------------------------------------------------------------
| Recurring jobs
|--------------------------------------------------------------------------
|
| Preloaded by the HTTP server. Schedules are rows in queue_schedules keyed
| by id, so every server process (and every restart) upserts the same rows;
| whichever worker is free claims a due schedule (FOR UPDATE SKIP LOCKED)
| and each run happens once, however many workers there are.
|
*/

import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import PruneExpiredRowsJob from '#jobs/prune_expired_rows'
import SendNotificationEmailsJob from '#jobs/send_notification_emails'
import PublishScheduledArticlesJob from '#jobs/publish_scheduled_articles'
import PruneUnusedUploadsJob from '#jobs/prune_unused_uploads'

// Once the server is ready: never during `node ace codegen`, which boots the app but never readies it.
app.ready(async () => {
  try {
    await PublishScheduledArticlesJob.schedule({})
      .id('publish-scheduled-articles')
      .cron('* * * * *')
    await SendNotificationEmailsJob.schedule({}).id('send-notification-emails').cron('* * * * *')
    // Cron times, not intervals: an interval would restart its count at every deploy.
    await PruneExpiredRowsJob.schedule({ what: 'weather_forecasts' })
      .id('prune-weather-forecasts')
      .cron('5 * * * *')
    await PruneExpiredRowsJob.schedule({ what: 'tokens' })
      .id('prune-expired-tokens')
      .cron('15 * * * *')
    await PruneExpiredRowsJob.schedule({ what: 'rate_limits' })
      .id('prune-rate-limits')
      .cron('25 * * * *')
    await PruneUnusedUploadsJob.schedule({ graceHours: 24 })
      .id('prune-unused-uploads')
      .cron('35 3 * * *')
  } catch (error) {
    // A server started before `node ace migration:run` still serves pages.
    logger.warn({ err: error }, 'recurring jobs not registered (is the database migrated?)')
  }
})
