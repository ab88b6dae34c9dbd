// Read-only look-ups in the test server's database (data/e2e.db, recreated by e2e/support/server.mjs each run),
// used to check what the app really stored: e.g. that a refused sign-up created nothing.
import { createClient, type Client } from "@libsql/client";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

let client: Client | undefined;
function db(): Client {
  client ??= createClient({ url: `file:${resolve(root, process.env.E2E_DB_FILE ?? "data/e2e.db")}` });
  return client;
}

export type UserRow = { id: string; name: string | null; email: string; [column: string]: unknown };

export async function findUserByEmail(email: string): Promise<UserRow | null> {
  const result = await db().execute({ sql: `SELECT * FROM "User" WHERE lower("email") = lower(?)`, args: [email] });
  const row = result.rows[0];
  return row ? ({ ...row } as unknown as UserRow) : null;
}

/** The lessons the database holds as completed by this user, sorted. */
export async function lessonSlugsOf(userId: string): Promise<string[]> {
  const result = await db().execute({
    sql: `SELECT "lessonSlug" FROM "LessonProgress" WHERE "userId" = ? ORDER BY "lessonSlug"`,
    args: [userId],
  });
  return result.rows.map((row) => String(row.lessonSlug));
}
