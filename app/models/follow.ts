import { FollowSchema } from '#database/schema'

/** "follower follows followed"; one row per pair. */
export default class Follow extends FollowSchema {}
