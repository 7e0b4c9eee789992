import { popularTags } from '#queries/tags'

/** How many tags the list holds: enough for a "popular tags" sidebar. */
const TAGS_LIMIT = 100

/** The tags of published articles, most used first. */
export default class TagsController {
  async index() {
    return { tags: await popularTags(TAGS_LIMIT) }
  }
}
