import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connections1764100000000 implements MigrationInterface {
  name = 'Connections1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "network_apps" (
      "network" character varying(16) NOT NULL,
      "client_id" character varying(200) NOT NULL,
      "client_secret_enc" text NOT NULL,
      "api_version" character varying(6),
      "metrics_scopes" boolean NOT NULL DEFAULT false,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_network_apps" PRIMARY KEY ("network")
    )`);

    await q.query(`CREATE TABLE "connected_accounts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "network" character varying(16) NOT NULL,
      "remote_id" character varying(100) NOT NULL,
      "handle" character varying(200) NOT NULL,
      "display_name" character varying(200) NOT NULL,
      "avatar_url" character varying(500),
      "access_token_enc" text NOT NULL,
      "refresh_token_enc" text,
      "access_token_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "refresh_token_expires_at" TIMESTAMP WITH TIME ZONE,
      "scopes" text array NOT NULL DEFAULT '{}',
      "status" character varying(20) NOT NULL DEFAULT 'connected',
      "last_error" character varying(500),
      "last_error_at" TIMESTAMP WITH TIME ZONE,
      "last_refreshed_at" TIMESTAMP WITH TIME ZONE,
      "expiry_warning_days" integer,
      "connected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_connected_accounts" PRIMARY KEY ("id"),
      CONSTRAINT "ck_connected_accounts_status" CHECK ("status" IN ('connected', 'needs_reconnect')),
      CONSTRAINT "fk_connected_accounts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_connected_accounts_user_network" ON "connected_accounts" ("user_id", "network")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_connected_accounts_remote" ON "connected_accounts" ("network", "remote_id")`,
    );

    await q.query(`CREATE TABLE "oauth_states" (
      "state_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "session_id" uuid NOT NULL,
      "network" character varying(16) NOT NULL,
      "code_verifier_enc" text,
      "redirect_uri" character varying(500) NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "pk_oauth_states" PRIMARY KEY ("state_hash"),
      CONSTRAINT "fk_oauth_states_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_oauth_states_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "oauth_states"`);
    await q.query(`DROP TABLE "connected_accounts"`);
    await q.query(`DROP TABLE "network_apps"`);
  }
}
