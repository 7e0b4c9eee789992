import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { pageNumber } from '#services/page_number'
import { authorStats } from '#services/author_stats'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'

const DASHBOARD_STATUSES = ['all', 'published', 'draft'] as const
type DashboardStatus = (typeof DASHBOARD_STATUSES)[number]

/** The signed-in writer's own articles, drafts included, with views, favorites and comments. */
export default class DashboardsController {
  async show({ request, view, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const requested = request.input('status')
    const status: DashboardStatus = DASHBOARD_STATUSES.includes(requested) ? requested : 'all'

    const articles = await user
      .related('articles')
      .query()
      .if(status !== 'all', (query) => query.where('articles.published', status === 'published'))
      .apply((scopes) => {
        scopes.listColumns()
        scopes.withCommentsCount()
        scopes.newestFirst()
      })
      .paginate(pageNumber(request.input('page')), 20)
    articles.baseUrl(urlFor('main.dashboard')).queryString(status === 'all' ? {} : { status })

    // The weather widget (integrations): a provider outage shows as a message, never as an error.
    const [stats, weather] = await Promise.all([
      authorStats(user),
      new WeatherForecastRepository().lookupForProfile(user),
    ])
    return view.render('pages/main/dashboard', { articles, status, stats, weather })
  }
}
