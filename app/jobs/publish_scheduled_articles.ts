import PublishScheduledArticles from '#actions/articles/publish_scheduled_articles'
import { MinutelyJob } from '#jobs/minutely_job'

/** A scheduled article is out within a minute of its time. */
export default class PublishScheduledArticlesJob extends MinutelyJob {
  static options = MinutelyJob.minutely('PublishScheduledArticles')

  async execute() {
    await new PublishScheduledArticles().handle()
  }
}
