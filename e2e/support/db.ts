// Read-only look-ups in the test server's database (data/e2e.db, recreated by e2e/support/server.mjs each run),
// used to check what the app really stored: e.g. that a refused sign-up created nothing.
import { createClient, type Client } from "@libsql/client";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

let client: Promise<Client> | undefined;
async function connect(): Promise<Client> {
  const c = createClient({ url: `file:${resolve(root, process.env.E2E_DB_FILE ?? "data/e2e.db")}` });
  // The app writes to the same file while we read: wait for its lock instead of failing with SQLITE_BUSY.
  await c.execute("PRAGMA busy_timeout = 5000");
  return c;
}

/** Runs a read, waiting out the app's write lock (busy_timeout, then a few retries). */
async function query(sql: string, args: (string | number)[]) {
  client ??= connect();
  const c = await client;
  for (let attempt = 1; ; attempt++) {
    try {
      return await c.execute({ sql, args });
    } catch (error) {
      if (attempt >= 5 || !String(error).includes("SQLITE_BUSY")) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

export type UserRow = { id: string; name: string | null; email: string; [column: string]: unknown };

export async function findUserByEmail(email: string): Promise<UserRow | null> {
  const result = await query(`SELECT * FROM "User" WHERE lower("email") = lower(?)`, [email]);
  const row = result.rows[0];
  return row ? ({ ...row } as unknown as UserRow) : null;
}

/** The lessons the database holds as completed by this user, sorted. */
export async function lessonSlugsOf(userId: string): Promise<string[]> {
  const result = await query(`SELECT "lessonSlug" FROM "LessonProgress" WHERE "userId" = ? ORDER BY "lessonSlug"`, [userId]);
  return result.rows.map((row) => String(row.lessonSlug));
}

/** How many exercise rows this user has: graded attempts, first openings, revealed hint tiers. */
export async function exerciseRowsOf(userId: string): Promise<{ attempts: number; starts: number; reveals: number }> {
  const count = async (table: string) => Number((await query(`SELECT COUNT(*) AS n FROM "${table}" WHERE "userId" = ?`, [userId])).rows[0]?.n ?? 0);
  return { attempts: await count("ExerciseAttempt"), starts: await count("ExerciseStart"), reveals: await count("ExerciseHintReveal") };
}
