import Tag from '#models/tag'

/** How many tags GET /tags lists: enough for a "popular tags" sidebar. */
const TAGS_LIMIT = 100

/** GET /api/v1/tags: the tags of published articles, most used first. */
export default class TagsController {
  async index() {
    const tags = await Tag.popular(TAGS_LIMIT)
    return { tags: tags.map((tag) => tag.name) }
  }
}
