import User from '#models/user'
import { authorJson, selectRow, sql } from '#queries/sql'
import { found, isRowId, type ProfileRow, type Viewer } from '#queries/shapes'

/** A member's public profile by username (any letter case), with the viewer's follow: one statement. */
export async function findProfile(username: string, viewer: Viewer | null): Promise<ProfileRow> {
  const row = await selectRow<{ profile: ProfileRow }>(sql`
    SELECT ${authorJson('u', viewer?.id ?? null)} AS profile
    FROM users u WHERE lower(u.username) = lower(${username})`)
  return found(row, 'Profile').profile
}

/** The member as a model, for the writes that need one (following): the same 404. */
export async function findMember(username: string): Promise<User> {
  return found(await User.findByUsername(username), 'Profile')
}

/** A member by id, as a model for the admins' writes; the same 404. */
export async function findMemberById(id: number): Promise<User> {
  return found(isRowId(id) ? await User.find(id) : null, 'Profile')
}
