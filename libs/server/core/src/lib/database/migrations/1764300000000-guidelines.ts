import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guidelines: the organisation's rule set (one row, id 1, created here) and its immutable versions. The
 * active version is the latest; `current_version` on the rule set row is the counter that saves lock.
 */
export class Guidelines1764300000000 implements MigrationInterface {
  name = 'Guidelines1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "guideline_rule_sets" (
      "id" smallint NOT NULL,
      "current_version" integer NOT NULL DEFAULT 0,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_guideline_rule_sets" PRIMARY KEY ("id")
    )`);
    await q.query(`INSERT INTO "guideline_rule_sets" ("id") VALUES (1)`);

    await q.query(`CREATE TABLE "guideline_rule_set_versions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "rule_set_id" smallint NOT NULL DEFAULT 1,
      "version" integer NOT NULL,
      "rule_set" jsonb NOT NULL,
      "rule_count" integer NOT NULL,
      "note" character varying(500) NOT NULL DEFAULT '',
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_guideline_rule_set_versions" PRIMARY KEY ("id"),
      CONSTRAINT "ck_guideline_rule_set_versions_version" CHECK ("version" >= 1),
      CONSTRAINT "fk_guideline_rule_set_versions_rule_set" FOREIGN KEY ("rule_set_id") REFERENCES "guideline_rule_sets"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_guideline_rule_set_versions_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_guideline_rule_set_versions_version" ON "guideline_rule_set_versions" ("rule_set_id", "version")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "guideline_rule_set_versions"`);
    await q.query(`DROP TABLE "guideline_rule_sets"`);
  }
}
