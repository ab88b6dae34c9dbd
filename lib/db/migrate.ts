// Applies prisma/migrations to a database with the Prisma CLI (`prisma migrate deploy`, which runs
// offline through prisma.config.ts). Used by scripts/prepare-db.ts and by integration tests.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** For a file: URL, makes sure its folder exists (SQLite creates the file, not the folder). */
export function ensureDatabaseFolder(databaseUrl: string, cwd: string = PROJECT_ROOT): void {
  if (!databaseUrl.startsWith("file:")) return;
  const filePath = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  if (!filePath || filePath === ":memory:") return;
  mkdirSync(path.dirname(path.resolve(cwd, filePath)), { recursive: true });
}

export function migrateDatabase(databaseUrl: string): void {
  ensureDatabaseFolder(databaseUrl);
  const prismaCli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Applying database migrations to ${databaseUrl} failed:\n${result.stdout}\n${result.stderr}`);
  }
}
