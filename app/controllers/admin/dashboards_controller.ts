import type { HttpContext } from '@adonisjs/core/http'
import { recentActivity, siteCounts } from '#queries/admin'

/** The admin overview: site totals and the latest admin actions. */
export default class DashboardsController {
  async index({ view }: HttpContext) {
    const [counts, activity] = await Promise.all([siteCounts(), recentActivity()])
    return view.render('pages/admin/dashboard', { counts, activity })
  }
}
