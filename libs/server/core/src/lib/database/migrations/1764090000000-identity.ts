import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764090000000 implements MigrationInterface {
  name = 'Identity1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(254) NOT NULL,
      "name" character varying(120) NOT NULL DEFAULT '',
      "password_hash" character varying(255),
      "roles" text array NOT NULL DEFAULT '{}',
      "status" character varying(16) NOT NULL DEFAULT 'invited',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_login_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "pk_users" PRIMARY KEY ("id"),
      CONSTRAINT "ck_users_status" CHECK ("status" IN ('invited', 'active', 'deactivated'))
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")`);

    await q.query(`CREATE TABLE "groups" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(80) NOT NULL,
      "description" character varying(500) NOT NULL DEFAULT '',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_groups" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_groups_name" ON "groups" ("name")`);

    await q.query(`CREATE TABLE "group_members" (
      "group_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      CONSTRAINT "pk_group_members" PRIMARY KEY ("group_id", "user_id"),
      CONSTRAINT "fk_group_members_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_group_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "ix_group_members_user" ON "group_members" ("user_id")`);

    await q.query(`CREATE TABLE "sessions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "user_agent" character varying(300),
      CONSTRAINT "pk_sessions" PRIMARY KEY ("id"),
      CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions" ("token_hash")`);
    await q.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")`);

    await q.query(`CREATE TABLE "one_time_tokens" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "purpose" character varying(20) NOT NULL,
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "pk_one_time_tokens" PRIMARY KEY ("id"),
      CONSTRAINT "fk_one_time_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "ck_one_time_tokens_purpose" CHECK ("purpose" IN ('invite', 'password_reset'))
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_one_time_tokens_hash" ON "one_time_tokens" ("token_hash")`);
    await q.query(`CREATE INDEX "ix_one_time_tokens_user" ON "one_time_tokens" ("user_id")`);

    await q.query(`CREATE TABLE "login_attempts" (
      "id" BIGSERIAL NOT NULL,
      "email" character varying(254) NOT NULL,
      "ip" character varying(64) NOT NULL,
      "succeeded" boolean NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_login_attempts" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "ix_login_attempts_email_at" ON "login_attempts" ("email", "at")`);
    await q.query(`CREATE INDEX "ix_login_attempts_ip_at" ON "login_attempts" ("ip", "at")`);

    await q.query(`CREATE TABLE "audit_events" (
      "id" BIGSERIAL NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_id" uuid,
      "actor_email" character varying(254),
      "action" character varying(80) NOT NULL,
      "target_type" character varying(40),
      "target_id" character varying(80),
      "details" jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT "pk_audit_events" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "ix_audit_events_action" ON "audit_events" ("action")`);

    await q.query(`CREATE TABLE "worker_heartbeats" (
      "worker_id" character varying(120) NOT NULL,
      "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "pk_worker_heartbeats" PRIMARY KEY ("worker_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'worker_heartbeats',
      'audit_events',
      'login_attempts',
      'one_time_tokens',
      'sessions',
      'group_members',
      'groups',
      'users',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
