import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every list page shows "N articles" and a pager, and the home page ranks
 * tags by use. Counting published articles (or a popular tag's articles)
 * on each request reads tens of thousands of index entries on a large site,
 * so PostgreSQL keeps these numbers current itself, whoever writes:
 *
 * - `article_totals.published`: published articles on the whole site (one row);
 * - `article_totals.feed_version`: a new number whenever the published feed's
 *   order changes (an article published, unpublished, deleted or re-dated), so
 *   positions remembered in that order know when they are stale. It comes
 *   from a sequence, which never hands out a number twice, even when a
 *   transaction rolls back;
 * - `tags.published_articles_count`: published articles carrying the tag.
 *
 * Inserts are counted per statement (a bulk load of 10,000 articles moves
 * each counter once); publishing, unpublishing and deleting are counted per
 * row. Locks are taken in a fixed order (articles, then tags by id), so two
 * writers never wait on each other in a circle.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE SEQUENCE article_feed_versions')
    this.schema.raw(`
      CREATE TABLE article_totals (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        published integer NOT NULL DEFAULT 0,
        feed_version bigint NOT NULL DEFAULT 0
      )
    `)
    this.schema.raw(
      `ALTER TABLE tags ADD COLUMN published_articles_count integer NOT NULL DEFAULT 0`
    )
    // Popular tags: the most used first, read straight off this index.
    this.schema.raw(
      'CREATE INDEX tags_popular_index ON tags (published_articles_count DESC, name) WHERE published_articles_count > 0'
    )

    // Adds `delta` to the counters of the given tags, locking them in id order.
    this.schema.raw(`
      CREATE FUNCTION tags_add_published(changes jsonb) RETURNS void AS $$
      BEGIN
        PERFORM 1 FROM tags
          WHERE id IN (SELECT (key)::int FROM jsonb_each_text(changes))
          ORDER BY id FOR NO KEY UPDATE;
        UPDATE tags SET published_articles_count = published_articles_count + (changes ->> tags.id::text)::int
          WHERE id IN (SELECT (key)::int FROM jsonb_each_text(changes));
      END;
      $$ LANGUAGE plpgsql
    `)

    // New articles: one update of the site total per statement.
    this.schema.raw(`
      CREATE FUNCTION article_totals_count_inserted() RETURNS trigger AS $$
      DECLARE added integer;
      BEGIN
        SELECT count(*) INTO added FROM inserted_articles WHERE published;
        IF added > 0 THEN
          UPDATE article_totals SET published = published + added, feed_version = nextval('article_feed_versions');
        END IF;
        RETURN NULL;
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER article_totals_count_inserted AFTER INSERT ON articles
      REFERENCING NEW TABLE AS inserted_articles
      FOR EACH STATEMENT EXECUTE FUNCTION article_totals_count_inserted()
    `)

    // Publishing, unpublishing and deleting move the site total and the
    // article's tags; those and a new publication date move the feed version.
    // Deletion counts BEFORE the row goes, while its tag links (removed by
    // the cascade) are still there to read.
    this.schema.raw(`
      CREATE FUNCTION articles_count_publication() RETURNS trigger AS $$
      DECLARE
        delta integer;
        article integer;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          delta := CASE WHEN OLD.published THEN -1 ELSE 0 END;
          article := OLD.id;
        ELSE
          delta := NEW.published::int - OLD.published::int;
          article := NEW.id;
        END IF;
        UPDATE article_totals SET published = published + delta, feed_version = nextval('article_feed_versions');
        IF delta <> 0 THEN
          PERFORM tags_add_published(coalesce(jsonb_object_agg(tag_id, delta), '{}'))
            FROM article_tags WHERE article_id = article;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER articles_count_publication AFTER UPDATE OF published, published_at ON articles
      FOR EACH ROW WHEN (
        OLD.published IS DISTINCT FROM NEW.published
        OR (NEW.published AND OLD.published_at IS DISTINCT FROM NEW.published_at)
      )
      EXECUTE FUNCTION articles_count_publication()
    `)
    this.schema.raw(`
      CREATE TRIGGER articles_count_deletion BEFORE DELETE ON articles
      FOR EACH ROW WHEN (OLD.published)
      EXECUTE FUNCTION articles_count_publication()
    `)

    // Tag links added or removed on published articles, per statement. The
    // articles are read FOR SHARE: a concurrent (un)publish either finishes
    // first and is seen, or waits and then counts this link itself. Links
    // removed by an article's deletion find no article: that article's
    // deletion trigger has counted them already.
    for (const [event, table, sign] of [
      ['INSERT', 'NEW TABLE AS changed_links', 1],
      ['DELETE', 'OLD TABLE AS changed_links', -1],
    ] as const) {
      const name = `article_tags_count_${event.toLowerCase()}`
      this.schema.raw(`
        CREATE FUNCTION ${name}() RETURNS trigger AS $$
        BEGIN
          -- Waits for a writer still (un)publishing these articles; the next
          -- statement, on a fresh snapshot, then sees what it committed.
          PERFORM 1 FROM articles
            WHERE id IN (SELECT article_id FROM changed_links)
            ORDER BY id FOR SHARE;
          PERFORM tags_add_published(coalesce(jsonb_object_agg(tag_id, links * ${sign}), '{}'))
          FROM (
            SELECT changed_links.tag_id, count(*) AS links
            FROM changed_links JOIN articles ON articles.id = changed_links.article_id
            WHERE articles.published
            GROUP BY changed_links.tag_id
          ) AS per_tag;
          RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
      `)
      this.schema.raw(`
        CREATE TRIGGER ${name} AFTER ${event} ON article_tags
        REFERENCING ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ${name}()
      `)
    }

    // Recounts everything from scratch: the starting values here, and a
    // repair tool (SELECT recount_published_articles()) after manual surgery.
    this.schema.raw(`
      CREATE FUNCTION recount_published_articles() RETURNS void AS $$
      BEGIN
        INSERT INTO article_totals (id, published)
          VALUES (true, (SELECT count(*) FROM articles WHERE published))
          ON CONFLICT (id) DO UPDATE
          SET published = excluded.published, feed_version = nextval('article_feed_versions');
        UPDATE tags SET published_articles_count = coalesce(counted.total, 0)
        FROM tags AS every_tag
        LEFT JOIN (
          SELECT article_tags.tag_id, count(*)::int AS total
          FROM article_tags JOIN articles ON articles.id = article_tags.article_id
          WHERE articles.published
          GROUP BY article_tags.tag_id
        ) AS counted ON counted.tag_id = every_tag.id
        WHERE tags.id = every_tag.id
          AND tags.published_articles_count IS DISTINCT FROM coalesce(counted.total, 0);
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw('SELECT recount_published_articles()')
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS article_tags_count_insert ON article_tags')
    this.schema.raw('DROP TRIGGER IF EXISTS article_tags_count_delete ON article_tags')
    this.schema.raw('DROP TRIGGER IF EXISTS articles_count_publication ON articles')
    this.schema.raw('DROP TRIGGER IF EXISTS articles_count_deletion ON articles')
    this.schema.raw('DROP TRIGGER IF EXISTS article_totals_count_inserted ON articles')
    this.schema.raw('DROP FUNCTION IF EXISTS article_tags_count_insert()')
    this.schema.raw('DROP FUNCTION IF EXISTS article_tags_count_delete()')
    this.schema.raw('DROP FUNCTION IF EXISTS articles_count_publication()')
    this.schema.raw('DROP FUNCTION IF EXISTS article_totals_count_inserted()')
    this.schema.raw('DROP FUNCTION IF EXISTS tags_add_published(jsonb)')
    this.schema.raw('DROP FUNCTION IF EXISTS recount_published_articles()')
    this.schema.raw('DROP INDEX IF EXISTS tags_popular_index')
    this.schema.raw('ALTER TABLE tags DROP COLUMN IF EXISTS published_articles_count')
    this.schema.raw('DROP TABLE IF EXISTS article_totals')
    this.schema.raw('DROP SEQUENCE IF EXISTS article_feed_versions')
  }
}
