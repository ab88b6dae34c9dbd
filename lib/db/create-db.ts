// Creates a Prisma client over a driver adapter. Used by the app (through client.server.ts),
// by scripts (prepare-db) and by integration tests with their own temporary database.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../../prisma/generated/client";
import { walSqliteAdapter } from "./sqlite-adapter";

export type Db = PrismaClient;

/**
 * SQLite (file:) and libSQL URLs use @prisma/adapter-libsql. For Postgres, see prisma/README.md:
 * switch the schema provider and construct `new PrismaPg({ connectionString: url })` here.
 */
export function createDb(url: string): Db {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    throw new Error(
      "DATABASE_URL points at Postgres, but this build uses the SQLite schema. See prisma/README.md for the Postgres switch.",
    );
  }
  // A local SQLite file runs in write-ahead-log mode (sqlite-adapter.ts, docs/decisions/0006).
  return new PrismaClient({ adapter: url.startsWith("file:") ? walSqliteAdapter(url) : new PrismaLibSQL({ url }) });
}
