import "server-only";
import { createDb, type Db } from "./create-db";
import { resolveDatabaseUrl } from "./database-url";

const globalForDb = globalThis as unknown as { reachableDb?: Db };

/** The app's one database client (reused across hot reloads in development). */
export function db(): Db {
  globalForDb.reachableDb ??= createDb(resolveDatabaseUrl());
  return globalForDb.reachableDb;
}
