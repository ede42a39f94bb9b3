import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tracked-link clicks (no raw IP: a visitor key hashed with the day's salt) and the random salt of each
 * UTC day (rows older than yesterday are deleted by the API, which makes old visitor keys unrecomputable).
 */
export class Links1795642834444 implements MigrationInterface {
  name = 'Links1795642834444';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "link_clicks" ("id" BIGSERIAL NOT NULL, "link_id" uuid NOT NULL, "share_id" uuid, "network" character varying(16) NOT NULL, "clicked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "referrer_host" character varying(255), "is_bot" boolean NOT NULL, "visitor_key" character(64) NOT NULL, CONSTRAINT "pk_link_clicks" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_link_clicks_clicked" ON "link_clicks" ("clicked_at") `);
    await q.query(`CREATE INDEX "ix_link_clicks_link_clicked" ON "link_clicks" ("link_id", "clicked_at") `);
    await q.query(
      `CREATE TABLE "link_visitor_salts" ("day" date NOT NULL, "salt" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_link_visitor_salts" PRIMARY KEY ("day"))`,
    );
    await q.query(
      `ALTER TABLE "link_clicks" ADD CONSTRAINT "fk_link_clicks_link" FOREIGN KEY ("link_id") REFERENCES "tracked_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "link_clicks" DROP CONSTRAINT "fk_link_clicks_link"`);
    await q.query(`DROP TABLE "link_visitor_salts"`);
    await q.query(`DROP INDEX "public"."ix_link_clicks_link_clicked"`);
    await q.query(`DROP INDEX "public"."ix_link_clicks_clicked"`);
    await q.query(`DROP TABLE "link_clicks"`);
  }
}
