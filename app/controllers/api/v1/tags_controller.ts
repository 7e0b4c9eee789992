import { popularTags } from '#queries/tags'

/** How many tags GET /tags lists: enough for a "popular tags" sidebar. */
const TAGS_LIMIT = 100

/** GET /api/v1/tags: the tags of published articles, most used first. */
export default class TagsController {
  async index() {
    return { tags: await popularTags(TAGS_LIMIT) }
  }
}
