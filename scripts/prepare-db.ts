// Prepares a database for the platform or for tests: applies prisma/migrations and, for the local
// default only, seeds the demo learner and instructor (idempotent).
//
//   DATABASE_URL=file:./data/test.db npx tsx scripts/prepare-db.ts            # migrate + seed demo users
//   DATABASE_URL=file:./data/test.db npx tsx scripts/prepare-db.ts --no-seed  # migrate only
//
// Seeding is skipped whenever NODE_ENV or REACHABLE_ENV is "production".
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password";
import { createDb } from "../lib/db/create-db";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { PROJECT_ROOT, migrateDatabase } from "../lib/db/migrate";

export const DEMO_ACCOUNTS_FILE = path.join(PROJECT_ROOT, "data", "demo-accounts.json");

const demoAccountsSchema = z.array(
  z.object({ email: z.email(), name: z.string().min(1), role: z.enum(["learner", "instructor"]), password: z.string().min(12) }),
);
export type DemoAccount = z.infer<typeof demoAccountsSchema>[number];

/** The demo accounts, with passwords generated once and kept in data/demo-accounts.json. */
export function demoAccounts(file: string = DEMO_ACCOUNTS_FILE): DemoAccount[] {
  if (existsSync(file)) {
    const parsed = demoAccountsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return parsed.data;
  }
  const password = () => randomBytes(12).toString("base64url");
  const accounts: DemoAccount[] = [
    { email: "learner@reachable.local", name: "Demo Learner", role: "learner", password: password() },
    { email: "instructor@reachable.local", name: "Demo Instructor", role: "instructor", password: password() },
  ];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  return accounts;
}

export function isProductionEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.NODE_ENV === "production" || env.REACHABLE_ENV === "production";
}

export interface PrepareOptions {
  databaseUrl?: string;
  seedDemo?: boolean;
  log?: (line: string) => void;
  /** Where the demo passwords are kept (default data/demo-accounts.json). */
  demoAccountsFile?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export async function prepareDatabase(options: PrepareOptions = {}): Promise<{ demoAccounts: DemoAccount[] }> {
  const databaseUrl = options.databaseUrl ?? resolveDatabaseUrl();
  const log = options.log ?? ((line: string) => console.log(line));
  migrateDatabase(databaseUrl);
  log(`Database ready: ${databaseUrl}`);

  const seed = (options.seedDemo ?? true) && !isProductionEnvironment(options.env);
  if (!seed) return { demoAccounts: [] };

  const accounts = demoAccounts(options.demoAccountsFile);
  const database = createDb(databaseUrl);
  try {
    for (const account of accounts) {
      const passwordHash = await hashPassword(account.password);
      await database.user.upsert({
        where: { email: account.email },
        create: { email: account.email, name: account.name, role: account.role, passwordHash },
        update: { name: account.name, role: account.role, passwordHash },
        select: { id: true },
      });
    }
  } finally {
    await database.$disconnect();
  }
  return { demoAccounts: accounts };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const seedDemo = !process.argv.includes("--no-seed");
  prepareDatabase({ seedDemo })
    .then(({ demoAccounts: accounts }) => {
      if (accounts.length === 0) return;
      console.log("\nDemo accounts (local default only; passwords kept in data/demo-accounts.json):");
      for (const account of accounts) console.log(`  ${account.role.padEnd(10)} ${account.email}  password: ${account.password}`);
      console.log("");
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
