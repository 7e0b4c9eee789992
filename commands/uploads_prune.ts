import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Deletes uploaded images that no account or article uses (safe to run from cron at any time). */
export default class UploadsPrune extends BaseCommand {
  static commandName = 'uploads:prune'
  static description = 'Remove uploaded images that nothing uses, once older than the grace period'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Hours an unused upload is kept (default 24)', default: 24 })
  declare graceHours: number

  async run() {
    if (!Number.isFinite(this.graceHours) || this.graceHours < 0) {
      this.logger.error('--grace-hours must be a number of hours, 0 or more')
      this.exitCode = 1
      return
    }
    // Loaded once the app has started (ace reads command files before that).
    const { default: PruneUnusedImages } = await import('#actions/uploads/prune_unused_images')
    const { kept, removed } = await new PruneUnusedImages().handle({
      graceMs: this.graceHours * 3_600_000,
    })
    this.logger.success(
      `Removed ${removed.length} unused ${removed.length === 1 ? 'upload' : 'uploads'}, kept ${kept}`
    )
  }
}
