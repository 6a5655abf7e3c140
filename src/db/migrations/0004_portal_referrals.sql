CREATE TABLE "api_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_key_key_hash_unique" UNIQUE("key_hash"),
	CONSTRAINT "api_key_hash_format" CHECK ("api_key"."key_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_message_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "outbox_message_attempts" CHECK ("outbox_message"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_fields" text[] DEFAULT '{}' NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 90 NOT NULL,
	"place" text NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_session_duration" CHECK ("case_session"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "case_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"submitter_organization_id" uuid NOT NULL,
	"submitter_user_id" uuid NOT NULL,
	"submitter_name" text NOT NULL,
	"age_band" text,
	"summary" text NOT NULL,
	"question" text NOT NULL,
	"state" text NOT NULL,
	"agenda_position" integer,
	"advice" text,
	"advised_route" text,
	"advised_at" timestamp with time zone,
	"advised_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_organization_id" uuid NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"requester_name" text NOT NULL,
	"discipline" text NOT NULL,
	"consultant_organization_id" uuid NOT NULL,
	"service_id" uuid,
	"subject" text NOT NULL,
	"question" text NOT NULL,
	"patient_consent" boolean NOT NULL,
	"consent_recorded_at" timestamp with time zone NOT NULL,
	"patient_pseudonym" text,
	"state" text NOT NULL,
	"due_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"referral_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_consent" CHECK ("consultation"."patient_consent")
);
--> statement-breakpoint
CREATE TABLE "consultation_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organization_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exploratory_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" text NOT NULL,
	"requester_organization_id" uuid NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"requester_name" text NOT NULL,
	"patient_name" text NOT NULL,
	"patient_birth_date" date,
	"patient_phone" text,
	"patient_pseudonym" text NOT NULL,
	"patient_consent" boolean NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"planned_at" timestamp with time zone,
	"place" text,
	"ggz_specialist" text,
	"social_domain_supporter" text,
	"expert_by_experience" text,
	"outcome_route" text,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exploratory_request_consent" CHECK ("exploratory_request"."patient_consent")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"route" text NOT NULL,
	"state" text NOT NULL,
	"referrer_organization_id" uuid NOT NULL,
	"referrer_user_id" uuid NOT NULL,
	"referrer_name" text NOT NULL,
	"referrer_agb" text,
	"receiver_organization_id" uuid NOT NULL,
	"service_id" uuid,
	"previous_referral_id" uuid,
	"patient_name" text NOT NULL,
	"patient_birth_date" date NOT NULL,
	"patient_address" text,
	"patient_postcode" text,
	"patient_phone" text,
	"patient_email" text,
	"insurer_id" text,
	"bsn" text,
	"patient_pseudonym" text NOT NULL,
	"suspected_disorder" text,
	"main_problem" text NOT NULL,
	"question" text NOT NULL,
	"care_level" text,
	"severity" text,
	"risk" text,
	"complexity" text,
	"course" text,
	"patient_wish" text,
	"consent_to_share" boolean NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"need" jsonb,
	"sent_at" timestamp with time zone NOT NULL,
	"valid_until" date NOT NULL,
	"intake_on" date,
	"rejection_reason" text,
	"rejection_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_bsn_format" CHECK ("referral"."bsn" is null or "referral"."bsn" ~ '^[0-9]{9}$'),
	CONSTRAINT "referral_agb_format" CHECK ("referral"."referrer_agb" is null or "referral"."referrer_agb" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "referral_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"code" text,
	"message" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_user_id" uuid,
	"actor_organization_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_contract" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "service_pause" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "service_wait" ADD COLUMN "intakes_per_month" integer;--> statement-breakpoint
ALTER TABLE "service_wait" ADD COLUMN "starts_per_month" integer;--> statement-breakpoint
ALTER TABLE "service_wait" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "agb" text;--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version" ADD CONSTRAINT "service_version_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_session" ADD CONSTRAINT "case_session_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_submission" ADD CONSTRAINT "case_submission_session_id_case_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."case_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_submission" ADD CONSTRAINT "case_submission_submitter_organization_id_organization_id_fk" FOREIGN KEY ("submitter_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_submission" ADD CONSTRAINT "case_submission_submitter_user_id_app_user_id_fk" FOREIGN KEY ("submitter_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_requester_organization_id_organization_id_fk" FOREIGN KEY ("requester_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_requester_user_id_app_user_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_consultant_organization_id_organization_id_fk" FOREIGN KEY ("consultant_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_message" ADD CONSTRAINT "consultation_message_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_message" ADD CONSTRAINT "consultation_message_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_message" ADD CONSTRAINT "consultation_message_author_organization_id_organization_id_fk" FOREIGN KEY ("author_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exploratory_request" ADD CONSTRAINT "exploratory_request_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exploratory_request" ADD CONSTRAINT "exploratory_request_requester_organization_id_organization_id_fk" FOREIGN KEY ("requester_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exploratory_request" ADD CONSTRAINT "exploratory_request_requester_user_id_app_user_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_organization_id_organization_id_fk" FOREIGN KEY ("referrer_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_user_id_app_user_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_receiver_organization_id_organization_id_fk" FOREIGN KEY ("receiver_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_insurer_id_insurer_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_actor_organization_id_organization_id_fk" FOREIGN KEY ("actor_organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_key_organization_idx" ON "api_key" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "outbox_message_pending_idx" ON "outbox_message" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "service_version_service_idx" ON "service_version" USING btree ("service_id","recorded_at");--> statement-breakpoint
CREATE INDEX "case_session_region_idx" ON "case_session" USING btree ("region_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_submission_session_idx" ON "case_submission" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "case_submission_submitter_idx" ON "case_submission" USING btree ("submitter_organization_id");--> statement-breakpoint
CREATE INDEX "consultation_requester_idx" ON "consultation" USING btree ("requester_organization_id","state");--> statement-breakpoint
CREATE INDEX "consultation_consultant_idx" ON "consultation" USING btree ("consultant_organization_id","state");--> statement-breakpoint
CREATE INDEX "consultation_message_idx" ON "consultation_message" USING btree ("consultation_id","at");--> statement-breakpoint
CREATE INDEX "exploratory_request_region_idx" ON "exploratory_request" USING btree ("region_id","state");--> statement-breakpoint
CREATE INDEX "exploratory_request_requester_idx" ON "exploratory_request" USING btree ("requester_organization_id");--> statement-breakpoint
CREATE INDEX "notification_organization_idx" ON "notification" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_referrer_idx" ON "referral" USING btree ("referrer_organization_id","state");--> statement-breakpoint
CREATE INDEX "referral_receiver_idx" ON "referral" USING btree ("receiver_organization_id","state");--> statement-breakpoint
CREATE INDEX "referral_pseudonym_idx" ON "referral" USING btree ("patient_pseudonym");--> statement-breakpoint
CREATE INDEX "referral_event_referral_idx" ON "referral_event" USING btree ("referral_id","at");--> statement-breakpoint
ALTER TABLE "service_wait" ADD CONSTRAINT "service_wait_throughput" CHECK (("service_wait"."intakes_per_month" is null or "service_wait"."intakes_per_month" >= 0) and ("service_wait"."starts_per_month" is null or "service_wait"."starts_per_month" >= 0));--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agb_format" CHECK ("app_user"."agb" is null or "app_user"."agb" ~ '^[0-9]{8}$');