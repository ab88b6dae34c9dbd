// Prisma CLI configuration. Runs both engines as WebAssembly through a driver adapter,
// so `prisma generate` and `prisma migrate deploy` work offline (no native engine download).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

const here = fileURLToPath(import.meta.url);
// The CLI checks that native engine files exist before it runs; point it at any existing
// file. The engines actually used are the WebAssembly ones selected by `engine: "js"`.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= here;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= here;

const databaseUrl = process.env.DATABASE_URL ?? `file:${path.join(path.dirname(here), "data", "reachable.db")}`;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaLibSQL({ url: databaseUrl });
  },
});
