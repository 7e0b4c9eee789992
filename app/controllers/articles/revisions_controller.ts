import type { HttpContext } from '@adonisjs/core/http'
import { findArticleModel } from '#queries/articles'
import { findRevision, listRevisions } from '#queries/revisions'
import { diffArticleText, diffHtml } from '#services/article_diff'

/** An article's earlier versions: the list, and one compared with the current text. */
export default class RevisionsController {
  async index({ params, bouncer, view, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('manageRevisions', article)
    const revisions = await listRevisions(article.id)
    return view.render('pages/articles/revisions/index', { article, revisions })
  }

  async show({ params, bouncer, view, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('manageRevisions', article)
    const revision = await findRevision(article.id, Number(params.id))
    await article.load('tags')
    const diff = diffArticleText(revision, {
      title: article.title,
      description: article.description,
      body: article.body,
      tags: article.tagList,
    })
    return view.render('pages/articles/revisions/show', { article, revision, diff, diffHtml })
  }
}
