// Configuration for the Prisma CLI (Prisma 7 reads it instead of a `url` in schema.prisma).
// This project runs `prisma generate` through scripts/prisma-generate.mjs and migrations through scripts/db.ts
// (the schema engine compiled to WebAssembly), so the CLI is not needed offline. On a machine with internet,
// `DATABASE_URL=postgresql://... npx prisma migrate deploy` applies the same prisma/migrations folder.
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL?.trim();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/db.ts seed",
  },
  // Only when set: `prisma generate` needs no database, and the embedded default (PGlite) has no URL.
  ...(databaseUrl ? { datasource: { url: databaseUrl } } : {}),
});
