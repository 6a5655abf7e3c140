CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"totp_secret" text,
	"totp_enabled" boolean DEFAULT false NOT NULL,
	"totp_last_step" bigint,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"oidc_subject" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_email_unique" UNIQUE("email"),
	CONSTRAINT "app_user_oidc_subject_unique" UNIQUE("oidc_subject"),
	CONSTRAINT "app_user_email_lower" CHECK ("app_user"."email" = lower("app_user"."email") and "app_user"."email" like '%_@_%'),
	CONSTRAINT "app_user_failed_attempts" CHECK ("app_user"."failed_attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_anchor" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"purged_count" integer NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"purged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entry" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"event" text NOT NULL,
	"outcome" text NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"actor_organization_id" uuid,
	"on_behalf_of" text,
	"subject_pseudonym" text,
	"object_type" text NOT NULL,
	"object_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	"client_address" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_entry_hash_unique" UNIQUE("hash"),
	CONSTRAINT "audit_entry_event" CHECK (event in ('create', 'read', 'update', 'delete', 'export', 'search', 'transfer', 'sign-in', 'sign-in-failed', 'second-factor-failed', 'sign-out', 'access-denied', 'account-change', 'rights-change', 'audit-read', 'audit-purge')),
	CONSTRAINT "audit_entry_outcome" CHECK (outcome in ('success', 'failure')),
	CONSTRAINT "audit_entry_hash_format" CHECK ("audit_entry"."hash" ~ '^[0-9a-f]{64}$' and "audit_entry"."prev_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_user_id_organization_id_pk" PRIMARY KEY("user_id","organization_id"),
	CONSTRAINT "membership_role" CHECK (role in ('huisarts', 'poh-ggz', 'praktijkmedewerker', 'verwijsadviseur', 'aanbieder-medewerker', 'financier', 'beheerder'))
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"role" text,
	"stage" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"client_address" text,
	CONSTRAINT "session_stage" CHECK (stage in ('second-factor', 'enrol-second-factor', 'change-password', 'full')),
	CONSTRAINT "session_role" CHECK ("session"."role" is null or role in ('huisarts', 'poh-ggz', 'praktijkmedewerker', 'verwijsadviseur', 'aanbieder-medewerker', 'financier', 'beheerder'))
);
--> statement-breakpoint
ALTER TABLE "organization" DROP CONSTRAINT "organization_kind";--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entry_subject_idx" ON "audit_entry" USING btree ("subject_pseudonym","seq");--> statement-breakpoint
CREATE INDEX "audit_entry_actor_idx" ON "audit_entry" USING btree ("actor_user_id","seq");--> statement-breakpoint
CREATE INDEX "audit_entry_at_idx" ON "audit_entry" USING btree ("at");--> statement-breakpoint
CREATE INDEX "membership_organization_idx" ON "membership" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_kind" CHECK (kind in ('huisartsenpraktijk', 'ggz-praktijk', 'ggz-instelling', 'welzijnsorganisatie', 'gemeente', 'regionale-organisatie', 'ehealth-aanbieder', 'ervaringsorganisatie', 'zorgverzekeraar'));--> statement-breakpoint
-- Hand-written below this line: the audit trail is append-only in the database as well. UPDATE and
-- TRUNCATE are always refused; DELETE only inside the retention purge (which sets
-- wegwijzer.audit_purge for its transaction) and only for entries older than five years.
CREATE FUNCTION audit_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF coalesce(current_setting('wegwijzer.audit_purge', true), '') = 'on' AND OLD.at < now() - interval '5 years' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_guard();
--> statement-breakpoint
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_guard();
--> statement-breakpoint
CREATE FUNCTION audit_anchor_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_anchor is append-only: % refused', TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_anchor_append_only BEFORE UPDATE OR DELETE ON "audit_anchor" FOR EACH ROW EXECUTE FUNCTION audit_anchor_guard();
--> statement-breakpoint
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON "audit_anchor" FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_guard();
