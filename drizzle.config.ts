// drizzle-kit generates migrations from src/db/schema.ts. They are applied by the app on start,
// not by `drizzle-kit migrate`, which cannot load extensions on PGlite.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
