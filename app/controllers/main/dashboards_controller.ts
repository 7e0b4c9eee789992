import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { authorStats } from '#queries/author_stats'
import { pageWindow } from '#queries/shapes'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'
import { dashboardValidator } from '#validators/page'
import { listPage } from '#controllers/concerns/list_pages'

const DASHBOARD_PER_PAGE = 20

/** The signed-in writer's own articles, drafts included, with views, favorites and comments. */
export default class DashboardsController {
  async show({ request, view, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const query = await request.validateUsing(dashboardValidator)
    const { status, page } = query

    const list = await listArticles({
      filters: { authorId: user.id, status },
      scope: 'all',
      page: pageWindow(page, DASHBOARD_PER_PAGE),
      include: { commentsCount: true },
    })
    // The weather widget (integrations): a provider outage shows as a message, never as an error.
    const [stats, weather] = await Promise.all([
      authorStats(user.id),
      new WeatherForecastRepository().lookupForProfile(user),
    ])
    const articles = listPage(list, query, DASHBOARD_PER_PAGE, urlFor('main.dashboard'))
    return view.render('pages/main/dashboard', {
      articles,
      status: status ?? 'all',
      stats,
      weather,
    })
  }
}
