import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1795651054108 implements MigrationInterface {
  name = 'Analytics1795651054108';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "analytics_settings" ("id" smallint NOT NULL, "currency" character varying(3) NOT NULL DEFAULT 'USD', "emv_rates" jsonb NOT NULL, "x_read_budget_per_day" integer NOT NULL DEFAULT '500', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_analytics_settings_budget" CHECK ("x_read_budget_per_day" >= 0), CONSTRAINT "ck_analytics_settings_singleton" CHECK ("id" = 1), CONSTRAINT "pk_analytics_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "analytics_share_daily" ("day" date NOT NULL, "user_id" uuid NOT NULL, "network" character varying(16) NOT NULL, "group_ids" uuid array NOT NULL DEFAULT '{}', "shares" integer NOT NULL DEFAULT '0', "clicks" integer NOT NULL DEFAULT '0', "unique_clicks" integer NOT NULL DEFAULT '0', "bot_clicks" integer NOT NULL DEFAULT '0', "impressions" integer NOT NULL DEFAULT '0', "engagements" integer NOT NULL DEFAULT '0', "id" BIGSERIAL NOT NULL, "share_id" uuid, "content_item_id" uuid, CONSTRAINT "pk_analytics_share_daily" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_analytics_share_daily_share" ON "analytics_share_daily" ("share_id") `);
    await q.query(
      `CREATE INDEX "ix_analytics_share_daily_item_day" ON "analytics_share_daily" ("content_item_id", "day") `,
    );
    await q.query(`CREATE INDEX "ix_analytics_share_daily_user_day" ON "analytics_share_daily" ("user_id", "day") `);
    await q.query(`CREATE INDEX "ix_analytics_share_daily_day" ON "analytics_share_daily" ("day") `);
    await q.query(
      `CREATE TABLE "analytics_advocate_daily" ("day" date NOT NULL, "user_id" uuid NOT NULL, "network" character varying(16) NOT NULL, "group_ids" uuid array NOT NULL DEFAULT '{}', "shares" integer NOT NULL DEFAULT '0', "clicks" integer NOT NULL DEFAULT '0', "unique_clicks" integer NOT NULL DEFAULT '0', "bot_clicks" integer NOT NULL DEFAULT '0', "impressions" integer NOT NULL DEFAULT '0', "engagements" integer NOT NULL DEFAULT '0', "id" BIGSERIAL NOT NULL, CONSTRAINT "pk_analytics_advocate_daily" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_analytics_advocate_daily_user_day" ON "analytics_advocate_daily" ("user_id", "day") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_analytics_advocate_daily" ON "analytics_advocate_daily" ("day", "user_id", "network") `,
    );
    await q.query(
      `CREATE TABLE "leaderboard_opt_outs" ("user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_leaderboard_opt_outs" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "analytics_rollup_state" ("id" smallint NOT NULL, "rolled_up_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_analytics_rollup_state_singleton" CHECK ("id" = 1), CONSTRAINT "pk_analytics_rollup_state" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "share_metric_snapshots" ("id" BIGSERIAL NOT NULL, "share_id" uuid NOT NULL, "network" character varying(16) NOT NULL, "observed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "impressions" integer, "reactions" integer, "comments" integer, "reposts" integer, "link_clicks" integer, "impressions_delta" integer NOT NULL DEFAULT '0', "engagements_delta" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_share_metric_snapshots" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_share_metric_snapshots_observed" ON "share_metric_snapshots" ("observed_at") `);
    await q.query(
      `CREATE INDEX "ix_share_metric_snapshots_share_observed" ON "share_metric_snapshots" ("share_id", "observed_at") `,
    );
    await q.query(
      `CREATE TABLE "share_metric_states" ("share_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'active', "next_poll_at" TIMESTAMP WITH TIME ZONE, "polls" integer NOT NULL DEFAULT '0', "last_polled_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(300), CONSTRAINT "ck_share_metric_states_status" CHECK ("status" IN ('active', 'finished', 'unavailable')), CONSTRAINT "pk_share_metric_states" PRIMARY KEY ("share_id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_share_metric_states_status_next" ON "share_metric_states" ("status", "next_poll_at") `,
    );
    await q.query(
      `CREATE TABLE "x_post_reads" ("day" date NOT NULL, "share_id" uuid NOT NULL, CONSTRAINT "pk_x_post_reads" PRIMARY KEY ("day", "share_id"))`,
    );
    await q.query(
      `INSERT INTO "analytics_settings" ("id", "emv_rates") VALUES (1, '{"linkedin":{"cpm":33,"cpc":5.5,"cpe":1.5},"x":{"cpm":6.5,"cpc":0.8,"cpe":0.3}}')`,
    );
    await q.query(`INSERT INTO "analytics_rollup_state" ("id") VALUES (1)`);
    await q.query(
      `CREATE TABLE "analytics_item_daily" ("shares" integer NOT NULL DEFAULT '0', "clicks" integer NOT NULL DEFAULT '0', "unique_clicks" integer NOT NULL DEFAULT '0', "bot_clicks" integer NOT NULL DEFAULT '0', "impressions" integer NOT NULL DEFAULT '0', "engagements" integer NOT NULL DEFAULT '0', "id" BIGSERIAL NOT NULL, "day" date NOT NULL, "content_item_id" uuid NOT NULL, "network" character varying(16) NOT NULL, "group_id" uuid, CONSTRAINT "pk_analytics_item_daily" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_analytics_item_daily_group_day" ON "analytics_item_daily" ("group_id", "day") `);
    await q.query(
      `CREATE TABLE "analytics_group_daily" ("shares" integer NOT NULL DEFAULT '0', "clicks" integer NOT NULL DEFAULT '0', "unique_clicks" integer NOT NULL DEFAULT '0', "bot_clicks" integer NOT NULL DEFAULT '0', "impressions" integer NOT NULL DEFAULT '0', "engagements" integer NOT NULL DEFAULT '0', "id" BIGSERIAL NOT NULL, "day" date NOT NULL, "network" character varying(16), "group_id" uuid, "active_advocates" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_analytics_group_daily" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_analytics_group_daily_group_day" ON "analytics_group_daily" ("group_id", "day") `);
    await q.query(
      `CREATE INDEX "ix_analytics_advocate_daily_active" ON "analytics_advocate_daily" ("day", "user_id") INCLUDE ("network", "group_ids") WHERE "shares" > 0`,
    );
    await q.query(`CREATE INDEX "ix_shares_published_at" ON "shares" ("published_at") WHERE "state" = 'published'`);
    await q.query(
      `ALTER TABLE "leaderboard_opt_outs" ADD CONSTRAINT "fk_leaderboard_opt_outs_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "leaderboard_opt_outs" DROP CONSTRAINT "fk_leaderboard_opt_outs_user"`);
    await q.query(`DROP INDEX "public"."ix_shares_published_at"`);
    await q.query(`DROP INDEX "public"."ix_analytics_advocate_daily_active"`);
    await q.query(`DROP INDEX "public"."ix_analytics_group_daily_group_day"`);
    await q.query(`DROP TABLE "analytics_group_daily"`);
    await q.query(`DROP INDEX "public"."ix_analytics_item_daily_group_day"`);
    await q.query(`DROP TABLE "analytics_item_daily"`);
    await q.query(`DROP TABLE "x_post_reads"`);
    await q.query(`DROP INDEX "public"."ix_share_metric_states_status_next"`);
    await q.query(`DROP TABLE "share_metric_states"`);
    await q.query(`DROP INDEX "public"."ix_share_metric_snapshots_share_observed"`);
    await q.query(`DROP INDEX "public"."ix_share_metric_snapshots_observed"`);
    await q.query(`DROP TABLE "share_metric_snapshots"`);
    await q.query(`DROP TABLE "analytics_rollup_state"`);
    await q.query(`DROP TABLE "leaderboard_opt_outs"`);
    await q.query(`DROP INDEX "public"."uq_analytics_advocate_daily"`);
    await q.query(`DROP INDEX "public"."ix_analytics_advocate_daily_user_day"`);
    await q.query(`DROP TABLE "analytics_advocate_daily"`);
    await q.query(`DROP INDEX "public"."ix_analytics_share_daily_day"`);
    await q.query(`DROP INDEX "public"."ix_analytics_share_daily_user_day"`);
    await q.query(`DROP INDEX "public"."ix_analytics_share_daily_item_day"`);
    await q.query(`DROP INDEX "public"."ix_analytics_share_daily_share"`);
    await q.query(`DROP TABLE "analytics_share_daily"`);
    await q.query(`DROP TABLE "analytics_settings"`);
  }
}
