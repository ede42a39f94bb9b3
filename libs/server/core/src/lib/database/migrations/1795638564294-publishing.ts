import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publishing: shares (one post of one advocate on one network, with its state machine), tracked links,
 * advocates' posting schedules, the organisation's publishing settings (one row, id 1, created here) and
 * in-app notifications.
 */
export class Publishing1795638564294 implements MigrationInterface {
  name = 'Publishing1795638564294';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "tracked_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "user_id" uuid NOT NULL, "content_item_id" uuid NOT NULL, "network" character varying(16) NOT NULL, "target_url" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_tracked_links" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_tracked_links_owner_item_network" ON "tracked_links" ("user_id", "content_item_id", "network") `,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_tracked_links_code" ON "tracked_links" ("code") `);
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" character varying(1000) NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at") `);
    await q.query(
      `CREATE TABLE "posting_schedules" ("user_id" uuid NOT NULL, "time_zone" character varying(64) NOT NULL, "slots" jsonb NOT NULL DEFAULT '[]', "blackouts" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_posting_schedules" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "publishing_settings" ("id" smallint NOT NULL, "max_per_day_linkedin" integer NOT NULL DEFAULT '3', "max_per_day_x" integer NOT NULL DEFAULT '5', "min_spacing_minutes" integer NOT NULL DEFAULT '30', "blackouts" jsonb NOT NULL DEFAULT '[]', "x_similarity_threshold" real NOT NULL DEFAULT '0.6', "show_x_cost" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_publishing_settings_singleton" CHECK ("id" = 1), CONSTRAINT "pk_publishing_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "shares" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "account_id" uuid, "network" character varying(16) NOT NULL, "content_item_id" uuid, "link_id" uuid, "text" text NOT NULL, "timing" character varying(16) NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'scheduled', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatch" integer NOT NULL DEFAULT '0', "attempts" integer NOT NULL DEFAULT '0', "transient_failures" integer NOT NULL DEFAULT '0', "guidelines_version" integer, "acknowledged_rule_ids" text array NOT NULL DEFAULT '{}', "publishing_started_at" TIMESTAMP WITH TIME ZONE, "unknown_since" TIMESTAMP WITH TIME ZONE, "needs_confirmation" boolean NOT NULL DEFAULT false, "remote_id" character varying(200), "post_url" character varying(500), "published_at" TIMESTAMP WITH TIME ZONE, "failure_code" character varying(60), "failure_message" character varying(1000), "failure_findings" jsonb, "similarity" real, "impressions" integer, "engagements" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shares_timing" CHECK ("timing" IN ('now', 'scheduled', 'queue')), CONSTRAINT "ck_shares_state" CHECK ("state" IN ('scheduled', 'publishing', 'published', 'failed', 'cancelled', 'needs_reconnect', 'outcome_unknown')), CONSTRAINT "pk_shares" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_shares_item_network" ON "shares" ("content_item_id", "network") `);
    await q.query(`CREATE INDEX "ix_shares_user_created" ON "shares" ("user_id", "created_at") `);
    await q.query(
      `CREATE INDEX "ix_shares_user_network_scheduled" ON "shares" ("user_id", "network", "scheduled_at") `,
    );
    await q.query(`CREATE INDEX "ix_shares_state_due" ON "shares" ("state", "due_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_shares_network_remote" ON "shares" ("network", "remote_id") WHERE "remote_id" IS NOT NULL`,
    );
    await q.query(`INSERT INTO "publishing_settings" ("id") VALUES (1)`);
    await q.query(
      `ALTER TABLE "tracked_links" ADD CONSTRAINT "fk_tracked_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tracked_links" ADD CONSTRAINT "fk_tracked_links_content_item" FOREIGN KEY ("content_item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "posting_schedules" ADD CONSTRAINT "fk_posting_schedules_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "fk_shares_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "fk_shares_account" FOREIGN KEY ("account_id") REFERENCES "connected_accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "fk_shares_content_item" FOREIGN KEY ("content_item_id") REFERENCES "content_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shares" ADD CONSTRAINT "fk_shares_link" FOREIGN KEY ("link_id") REFERENCES "tracked_links"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "shares" DROP CONSTRAINT "fk_shares_link"`);
    await q.query(`ALTER TABLE "shares" DROP CONSTRAINT "fk_shares_content_item"`);
    await q.query(`ALTER TABLE "shares" DROP CONSTRAINT "fk_shares_account"`);
    await q.query(`ALTER TABLE "shares" DROP CONSTRAINT "fk_shares_user"`);
    await q.query(`ALTER TABLE "posting_schedules" DROP CONSTRAINT "fk_posting_schedules_user"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
    await q.query(`ALTER TABLE "tracked_links" DROP CONSTRAINT "fk_tracked_links_content_item"`);
    await q.query(`ALTER TABLE "tracked_links" DROP CONSTRAINT "fk_tracked_links_user"`);
    await q.query(`DROP INDEX "public"."uq_shares_network_remote"`);
    await q.query(`DROP INDEX "public"."ix_shares_state_due"`);
    await q.query(`DROP INDEX "public"."ix_shares_user_network_scheduled"`);
    await q.query(`DROP INDEX "public"."ix_shares_user_created"`);
    await q.query(`DROP INDEX "public"."ix_shares_item_network"`);
    await q.query(`DROP TABLE "shares"`);
    await q.query(`DROP TABLE "publishing_settings"`);
    await q.query(`DROP TABLE "posting_schedules"`);
    await q.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP INDEX "public"."uq_tracked_links_code"`);
    await q.query(`DROP INDEX "public"."uq_tracked_links_owner_item_network"`);
    await q.query(`DROP TABLE "tracked_links"`);
  }
}
