import type { Env } from "../config/env";
import path from "node:path";

/** The database the platform uses: DATABASE_URL, or the embedded SQLite file data/reachable.db. */
export function resolveDatabaseUrl(env: Env = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) return fromEnv;
  return `file:${path.join(cwd, "data", "reachable.db")}`;
}
