import { FavoriteSchema } from '#database/schema'

/** A user's favorite article; one row per pair (articles.favorites_count follows it). */
export default class Favorite extends FavoriteSchema {}
