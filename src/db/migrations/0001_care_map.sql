CREATE TABLE "diagnosis_group" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurer" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"concern" text NOT NULL,
	"uzovi" text
);
--> statement-breakpoint
CREATE TABLE "location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"street" text,
	"postcode" text,
	"city" text NOT NULL,
	"municipality_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	CONSTRAINT "location_postcode_format" CHECK ("location"."postcode" is null or "location"."postcode" ~ '^[1-9][0-9]{3} ?[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"kvk" text,
	"agb" text,
	"ura" text,
	"website" text,
	"phone" text,
	"fictional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_kind" CHECK (kind in ('huisartsenpraktijk', 'ggz-praktijk', 'ggz-instelling', 'welzijnsorganisatie', 'gemeente', 'regionale-organisatie', 'ehealth-aanbieder', 'ervaringsorganisatie')),
	CONSTRAINT "organization_kvk_format" CHECK ("organization"."kvk" is null or "organization"."kvk" ~ '^[0-9]{8}$'),
	CONSTRAINT "organization_agb_format" CHECK ("organization"."agb" is null or "organization"."agb" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"location_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"diagnosis_groups" text[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"age_min" integer DEFAULT 18 NOT NULL,
	"age_max" integer,
	"exclusions" text[] DEFAULT '{}' NOT NULL,
	"exclusion_note" text,
	"modalities" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{nl}' NOT NULL,
	"referral_channel" text NOT NULL,
	"gp_referral_required" boolean DEFAULT false NOT NULL,
	"fictional" boolean DEFAULT false NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch_unaccent', coalesce(name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(exclusion_note, ''))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_kind" CHECK (kind in ('huisartsenzorg', 'welzijn', 'wor', 'wor-plus', 'bggz', 'sggz', 'crisis', 'consultatie', 'verkennend-gesprek', 'ehealth', 'ervaringsdeskundigheid', 'amw')),
	CONSTRAINT "service_referral_channel" CHECK (referral_channel in ('zorgdomein', 'viplive', 'telefoon', 'email', 'website', 'vrij-toegankelijk')),
	CONSTRAINT "service_age_range" CHECK ("service"."age_min" >= 0 and ("service"."age_max" is null or "service"."age_max" >= "service"."age_min"))
);
--> statement-breakpoint
CREATE TABLE "service_contract" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"insurer_id" text NOT NULL,
	"year" integer NOT NULL,
	"contracted" boolean NOT NULL,
	"ceiling" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_contract_ceiling" CHECK (ceiling in ('open', 'bijna', 'bereikt'))
);
--> statement-breakpoint
CREATE TABLE "service_coverage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "service_coverage_period" CHECK ("service_coverage"."valid_to" is null or "service_coverage"."valid_to" >= "service_coverage"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "service_pause" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"active" boolean NOT NULL,
	"reason" text,
	"expected_end" date,
	"confirmed_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_wait" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"diagnosis_group" text,
	"registration_weeks" real NOT NULL,
	"treatment_weeks" real NOT NULL,
	"basis" text NOT NULL,
	"waiting_count" integer,
	"measured_on" date NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_wait_basis" CHECK (basis in ('actueel', 'retrospectief')),
	CONSTRAINT "service_wait_weeks" CHECK ("service_wait"."registration_weeks" >= 0 and "service_wait"."treatment_weeks" >= 0 and "service_wait"."registration_weeks" < 520 and "service_wait"."treatment_weeks" < 520),
	CONSTRAINT "service_wait_count" CHECK ("service_wait"."waiting_count" is null or "service_wait"."waiting_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "location" ADD CONSTRAINT "location_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location" ADD CONSTRAINT "location_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_location_id_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_insurer_id_insurer_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_coverage" ADD CONSTRAINT "service_coverage_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_coverage" ADD CONSTRAINT "service_coverage_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_pause" ADD CONSTRAINT "service_pause_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_wait" ADD CONSTRAINT "service_wait_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_wait" ADD CONSTRAINT "service_wait_diagnosis_group_diagnosis_group_code_fk" FOREIGN KEY ("diagnosis_group") REFERENCES "public"."diagnosis_group"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "location_organization_idx" ON "location" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "service_organization_idx" ON "service" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "service_updated_idx" ON "service" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "service_search_idx" ON "service" USING gin ("search");--> statement-breakpoint
CREATE INDEX "service_name_trgm_idx" ON "service" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_contract_current_idx" ON "service_contract" USING btree ("service_id","insurer_id","year","recorded_at");--> statement-breakpoint
CREATE INDEX "service_coverage_service_idx" ON "service_coverage" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_pause_current_idx" ON "service_pause" USING btree ("service_id","recorded_at");--> statement-breakpoint
CREATE INDEX "service_wait_current_idx" ON "service_wait" USING btree ("service_id","diagnosis_group","recorded_at");