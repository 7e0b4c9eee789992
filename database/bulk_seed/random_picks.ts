/**
 * SQL for "a random element of this array", evaluated per row by
 * PostgreSQL; the array travels once as a bound JSON parameter (knex would
 * expand a JS array into a list) and is unpacked once per statement. A skew
 * above 1 favours the first elements (popular tags, prolific authors).
 */
export class RandomPicks {
  bindings: string[] = []

  pick(values: (string | number)[], type: 'int' | 'text', skew = 1) {
    this.bindings.push(JSON.stringify(values))
    const random = skew === 1 ? 'random()' : `power(random(), ${skew})`
    return `(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)::${type}))[1 + floor(${random} * ${values.length})::int]`
  }
}
