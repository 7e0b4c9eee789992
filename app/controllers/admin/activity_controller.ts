import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { pageNumber } from '#services/page_number'
import { auditTrail } from '#services/admin_queries'

/** The audit trail: every admin and operator action, newest first. */
export default class ActivityController {
  async index({ request, view }: HttpContext) {
    const entries = await auditTrail({ page: pageNumber(request.input('page')) })
    entries.baseUrl(urlFor('admin.activity.index'))
    return view.render('pages/admin/activity/index', { entries })
  }
}
