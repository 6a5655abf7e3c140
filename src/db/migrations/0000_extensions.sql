-- Extensions and the Dutch text search configuration that the schema relies on.
-- drizzle-kit does not emit CREATE EXTENSION, so they live in this hand-written migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dutch_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = dutch);
    ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
  END IF;
END
$$;
