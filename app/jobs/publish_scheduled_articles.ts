import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import PublishScheduledArticles from '#actions/articles/publish_scheduled_articles'

/** Every minute (start/scheduler.ts): a scheduled article is out within a minute of its time. */
export default class PublishScheduledArticlesJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    name: 'PublishScheduledArticles',
    maxRetries: 1,
    removeOnFail: { age: '1d' },
  }

  async execute() {
    await new PublishScheduledArticles().handle()
  }
}
