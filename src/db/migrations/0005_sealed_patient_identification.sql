-- Patient identification is sealed by the app (src/db/sealed-fields.ts), so these columns hold
-- text. A stored birth date becomes its ISO text (to_char: independent of the DateStyle setting);
-- the app seals it and every other plain value at start-up (sealPlainPatientData).
-- The BSN check constraint cannot hold for a sealed value; the domain checks the elfproef.
ALTER TABLE "referral" DROP CONSTRAINT "referral_bsn_format";--> statement-breakpoint
ALTER TABLE "exploratory_request" ALTER COLUMN "patient_birth_date" SET DATA TYPE text USING to_char("patient_birth_date", 'YYYY-MM-DD');--> statement-breakpoint
ALTER TABLE "referral" ALTER COLUMN "patient_birth_date" SET DATA TYPE text USING to_char("patient_birth_date", 'YYYY-MM-DD');
