import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { auditTrail } from '#queries/admin'
import { pageValidator } from '#validators/page'

/** The audit trail: every admin and operator action, newest first. */
export default class ActivitiesController {
  async index({ request, view }: HttpContext) {
    const { page } = await request.validateUsing(pageValidator)
    const entries = await auditTrail({ page })
    entries.baseUrl(urlFor('admin.activity.index'))
    return view.render('pages/admin/activity/index', { entries })
  }
}
