import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Content curation: topics, sources, items, images, OPML imports, settings. Topics and audiences are uuid
 * arrays on the item (GIN-indexed) so that the advocate's feed is one index-ordered scan without joins.
 */
export class Content1764200000000 implements MigrationInterface {
  name = 'Content1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Maps an item's language to its text-search configuration; IMMUTABLE so it can sit in an index expression.
    await q.query(`CREATE FUNCTION chorus_regconfig(lang varchar) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE lang WHEN 'en' THEN 'english'::regconfig WHEN 'de' THEN 'german'::regconfig
        WHEN 'nl' THEN 'dutch'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig
        ELSE 'simple'::regconfig END
    $$`);

    await q.query(`CREATE TABLE "topics" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(80) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_topics" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_topics_name" ON "topics" ("name")`);

    await q.query(`CREATE TABLE "sources" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(200) NOT NULL,
      "name_from_feed" boolean NOT NULL DEFAULT true,
      "url" character varying(2000) NOT NULL,
      "format" character varying(8),
      "enabled" boolean NOT NULL DEFAULT true,
      "poll_interval_minutes" integer NOT NULL DEFAULT 60,
      "language" character varying(2),
      "topic_ids" uuid array NOT NULL DEFAULT '{}',
      "etag" character varying(500),
      "last_modified" character varying(100),
      "last_polled_at" TIMESTAMP WITH TIME ZONE,
      "last_success_at" TIMESTAMP WITH TIME ZONE,
      "last_error" character varying(1000),
      "failure_count" integer NOT NULL DEFAULT 0,
      "next_poll_at" TIMESTAMP WITH TIME ZONE,
      "item_count" integer NOT NULL DEFAULT 0,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_sources" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_sources_url" ON "sources" ("url")`);

    await q.query(`CREATE TABLE "content_images" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "content_type" character varying(32) NOT NULL,
      "data" bytea NOT NULL,
      "size" integer NOT NULL,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_content_images" PRIMARY KEY ("id")
    )`);

    await q.query(`CREATE TABLE "content_items" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "source_id" uuid,
      "origin" character varying(16) NOT NULL,
      "state" character varying(16) NOT NULL DEFAULT 'new',
      "title" character varying(500) NOT NULL,
      "summary" text NOT NULL DEFAULT '',
      "body_html" text NOT NULL DEFAULT '',
      "url" character varying(2000),
      "canonical_url" character varying(2000),
      "image_url" character varying(2000),
      "image_id" uuid,
      "language" character varying(2),
      "topic_ids" uuid array NOT NULL DEFAULT '{}',
      "audience_ids" uuid array NOT NULL DEFAULT '{}',
      "suggested_texts" jsonb NOT NULL DEFAULT '[]',
      "featured" boolean NOT NULL DEFAULT false,
      "publish_at" TIMESTAMP WITH TIME ZONE,
      "expires_at" TIMESTAMP WITH TIME ZONE,
      "feed_at" TIMESTAMP WITH TIME ZONE,
      "approved_at" TIMESTAMP WITH TIME ZONE,
      "created_by" uuid,
      "submitted_by" uuid,
      "approved_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_content_items" PRIMARY KEY ("id"),
      CONSTRAINT "ck_content_items_state" CHECK ("state" IN ('new', 'dismissed', 'draft', 'in_review', 'approved', 'expired', 'archived')),
      CONSTRAINT "ck_content_items_origin" CHECK ("origin" IN ('feed', 'import', 'curator')),
      CONSTRAINT "fk_content_items_source" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_content_items_image" FOREIGN KEY ("image_id") REFERENCES "content_images"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_content_items_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_content_items_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_content_items_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_content_items_canonical_url" ON "content_items" ("canonical_url")`);
    await q.query(`CREATE INDEX "ix_content_items_source" ON "content_items" ("source_id")`);
    // The curator's lists: newest first within a state.
    await q.query(
      `CREATE INDEX "ix_content_items_state_created" ON "content_items" ("state", "created_at" DESC, "id" DESC)`,
    );
    // The advocate's feed: featured first, then newest; only approved rows are in the index.
    await q.query(
      `CREATE INDEX "ix_content_items_feed" ON "content_items" ("featured" DESC, "feed_at" DESC, "id" DESC) WHERE "state" = 'approved'`,
    );
    await q.query(`CREATE INDEX "ix_content_items_topics" ON "content_items" USING gin ("topic_ids")`);
    await q.query(
      `CREATE INDEX "ix_content_items_expiry" ON "content_items" ("expires_at") WHERE "state" = 'approved'`,
    );
    await q.query(
      `CREATE INDEX "ix_content_items_search" ON "content_items" USING gin (to_tsvector(chorus_regconfig("language"), "title" || ' ' || "summary"))`,
    );

    await q.query(`CREATE TABLE "opml_imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "state" character varying(16) NOT NULL DEFAULT 'queued',
      "entries" jsonb NOT NULL DEFAULT '[]',
      "total" integer NOT NULL DEFAULT 0,
      "processed" integer NOT NULL DEFAULT 0,
      "created" integer NOT NULL DEFAULT 0,
      "skipped" integer NOT NULL DEFAULT 0,
      "errors" jsonb NOT NULL DEFAULT '[]',
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_opml_imports" PRIMARY KEY ("id")
    )`);

    await q.query(`CREATE TABLE "content_settings" (
      "id" smallint NOT NULL,
      "require_second_approver" boolean NOT NULL DEFAULT false,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_content_settings" PRIMARY KEY ("id")
    )`);
    await q.query(`INSERT INTO "content_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "content_settings"`);
    await q.query(`DROP TABLE "opml_imports"`);
    await q.query(`DROP TABLE "content_items"`);
    await q.query(`DROP TABLE "content_images"`);
    await q.query(`DROP TABLE "sources"`);
    await q.query(`DROP TABLE "topics"`);
    await q.query(`DROP FUNCTION chorus_regconfig(varchar)`);
  }
}
