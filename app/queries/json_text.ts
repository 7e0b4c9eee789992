/**
 * An answer PostgreSQL already wrote as JSON text (json_agg over
 * json_build_object), for the API to send as it is: no JSON.parse of the
 * rows, no object per row, no JSON.stringify (config/app.ts serializes a
 * JsonText as its text). Transformers wrap it in its envelope.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
