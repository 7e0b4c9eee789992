import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import type { DateTime } from 'luxon'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import RecordArticleView from '#actions/articles/record_article_view'
import DeleteImage from '#actions/uploads/delete_image'
import type Article from '#models/article'
import { findArticleModel, findArticleWithComments } from '#queries/articles'
import { paginate, pageWindow } from '#queries/shapes'
import { createArticleValidator, parsePublishAt, updateArticleValidator } from '#validators/article'
import { pageValidator } from '#validators/page'
import { renderArticleBody } from '#services/markdown'
import { cachedFragment } from '#services/rendered_fragments'
import { articleMetadata } from '#services/page_metadata'
import { editorForm, editorFormOf } from '#services/editor_form'
import { coverChange, pendingCover } from '#controllers/concerns/editor_cover'

const COMMENTS_PER_PAGE = 30

/** Reading, writing, editing and deleting articles in the browser. */
export default class ArticlesController {
  async create({ view, bouncer }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    return view.render('pages/articles/form', editorForm(null))
  }

  async store(ctx: HttpContext) {
    const { request, auth, bouncer, session, response } = ctx
    await bouncer.with('ArticlePolicy').authorize('create')
    const author = auth.getUserOrFail()
    const input = await this.validated(ctx, null, async () => {
      const {
        cover,
        cover_upload: coverUpload,
        remove_cover: removeCover,
        ...fields
      } = await request.validateUsing(createArticleValidator)
      const coverImage = await coverChange(author, { cover, coverUpload, removeCover })
      return { ...fields, coverImage }
    })
    if (!input) return
    const article = await withCover(input.coverImage, () =>
      new CreateArticle().handle(author, {
        ...input,
        tags: input.tags ?? [],
        coverImage: input.coverImage ?? null,
        publishAt: scheduleFrom(input),
      })
    )
    session.flash('success', savedMessage(article, 'Your article is published.'))
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  /** The article (404 when the viewer may not see it) and one page of its comment threads; counts the view. */
  async show({ params, request, view, viewer, guestRender }: HttpContext) {
    const { page } = await request.validateUsing(pageValidator)
    const { article, threads, threadsCount, commentsCount, version } =
      await findArticleWithComments(params.slug, viewer, pageWindow(page, COMMENTS_PER_PAGE))
    const views = new RecordArticleView().handle(article)

    const drawDiscussion = () =>
      view.render('partials/article_discussion', {
        comments: paginate({ rows: threads.rows, total: threadsCount }, page, COMMENTS_PER_PAGE),
        article,
      })
    const drawPage = async (viewsLabel: string) =>
      view.render('pages/articles/show', {
        article,
        viewsLabel,
        // Without a signed-in reader the discussion has no forms and no buttons: the
        // same threads on the same page always draw the same HTML, kept under their digest.
        discussionHtml: viewer
          ? await drawDiscussion()
          : await cachedFragment(
              `article-discussion:${article.slug}:${page}:${threadsCount}:${threads.digest}`,
              drawDiscussion
            ),
        commentsCount,
        bodyHtml: renderArticleBody(article),
        currentUrl: request.url(),
        meta: articleMetadata(article, article.coverImage),
      })

    if (!guestRender) return drawPage(viewsLabelOf(views))
    // A guest render depends on this answer and the URL alone, but for the
    // live view count: the page is kept with a hole where the count goes.
    const kept = await cachedFragment(`article-page:${request.url()}:${page}:${version}`, () =>
      drawPage(VIEWS_HOLE)
    )
    return kept.replace(VIEWS_HOLE_HTML, viewsHtml(viewsLabelOf(views)))
  }

  async edit({ params, bouncer, view, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    await article.load('tags')
    return view.render('pages/articles/form', editorForm(article))
  }

  async update(ctx: HttpContext) {
    const { params, request, auth, bouncer, session, response, viewer } = ctx
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    const editor = auth.getUserOrFail()
    const input = await this.validated(ctx, article, async () => {
      const {
        cover,
        cover_upload: coverUpload,
        remove_cover: removeCover,
        ...fields
      } = await request.validateUsing(updateArticleValidator)
      const coverImage = await coverChange(editor, { cover, coverUpload, removeCover })
      return { ...fields, coverImage }
    })
    if (!input) return
    // The form always sends the tag field: empty means "no tags".
    await withCover(input.coverImage, () =>
      new UpdateArticle().handle(
        article,
        { ...input, tags: input.tags ?? [], publishAt: scheduleFrom(input) },
        { editor }
      )
    )
    session.flash('success', savedMessage(article, 'Your article is updated.'))
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  async destroy({ params, bouncer, session, response, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    session.flash('success', 'The article has been deleted.')
    return response.redirect().toRoute('main.home')
  }

  /**
   * The editor's input, or (when it does not validate) the editor shown
   * again right away with what was typed and the errors, status 422. Not a
   * redirect: a 100 kB body would not survive the trip through a flashed
   * session cookie.
   */
  private async validated<Input>(
    ctx: HttpContext,
    article: Article | null,
    validate: () => Promise<Input>
  ): Promise<Input | null> {
    try {
      return await validate()
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      if (article) await article.load('tags')
      // The cover chosen comes back with the form, so it need not be chosen again.
      const { pendingCover: cover, messages } = await pendingCover(ctx, error.messages)
      const form = editorFormOf(article, ctx.request.all(), messages, { pendingCover: cover })
      ctx.response.status(422).send(await ctx.view.render('pages/articles/form', form))
      return null
    }
  }
}

/** Runs the write; a new cover's files go again if the write fails. */
async function withCover<Result>(
  coverImage: string | null | undefined,
  write: () => Promise<Result>
) {
  try {
    return await write()
  } catch (error) {
    await new DeleteImage().handle(coverImage)
    throw error
  }
}

/** The editor's scheduling buttons: "Schedule" sets a time, "Cancel schedule" clears it. */
function scheduleFrom(input: {
  schedule?: 'set' | 'cancel'
  publish_at?: string
  time_zone?: string
}) {
  if (input.schedule === 'set')
    return parsePublishAt(input.publish_at, 'publish_at', input.time_zone)
  if (input.schedule === 'cancel') return null
  return undefined
}

function savedMessage(
  article: { published: boolean; publishAt: DateTime | null },
  published: string
) {
  if (article.published) return published
  if (article.publishAt) {
    return `Your article is scheduled for ${article.publishAt.toUTC().toFormat("LLL d, yyyy, HH:mm 'UTC'")}.`
  }
  return 'Your draft is saved.'
}

/** "1 view", "12 views": the article page's live count. */
function viewsLabelOf(views: number) {
  return views === 1 ? '1 view' : `${views} views`
}

/**
 * The count's element in pages/articles/show.edge. Kept pages hold it with
 * VIEWS_HOLE for its text; user text cannot forge the element (its "<" is
 * escaped), so the replacement finds only the real one.
 */
const viewsHtml = (label: string) => `<span data-etag-ignore>${label}</span>`
const VIEWS_HOLE = 'VIEWS'
const VIEWS_HOLE_HTML = viewsHtml(VIEWS_HOLE)
