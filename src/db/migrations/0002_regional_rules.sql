CREATE TABLE "region" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"municipality_codes" text[] NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "route_rule_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_code" text NOT NULL,
	"route" text NOT NULL,
	"available" boolean NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"changed_by" text NOT NULL,
	"change_reason" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_rule_scope_kind" CHECK (scope_kind in ('regio', 'gemeente', 'woonplaats')),
	CONSTRAINT "route_rule_period" CHECK ("route_rule_version"."valid_to" is null or "route_rule_version"."valid_from" is null or "route_rule_version"."valid_to" >= "route_rule_version"."valid_from")
);
--> statement-breakpoint
CREATE INDEX "route_rule_version_rule_idx" ON "route_rule_version" USING btree ("rule_id","recorded_at");