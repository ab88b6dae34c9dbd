import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../lib/auth/password";
import { createDb } from "../lib/db/create-db";
import { prepareDatabase } from "./prepare-db";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "reachable-prepare-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function users(url: string) {
  const database = createDb(url);
  try {
    return await database.user.findMany({ select: { email: true, role: true, passwordHash: true }, orderBy: { email: "asc" } });
  } finally {
    await database.$disconnect();
  }
}

describe("prepareDatabase", () => {
  it("migrates and seeds the demo learner and instructor, idempotently", async () => {
    const url = `file:${path.join(dir, "local.db")}`;
    const demoAccountsFile = path.join(dir, "demo-accounts.json");
    const first = await prepareDatabase({ databaseUrl: url, demoAccountsFile, env: {}, log: () => {} });
    const second = await prepareDatabase({ databaseUrl: url, demoAccountsFile, env: {}, log: () => {} });
    expect(second.demoAccounts).toEqual(first.demoAccounts);
    const stored = await users(url);
    expect(stored.map((u) => [u.email, u.role])).toEqual([
      ["instructor@reachable.local", "instructor"],
      ["learner@reachable.local", "learner"],
    ]);
    const learner = first.demoAccounts.find((a) => a.role === "learner")!;
    expect(await verifyPassword(learner.password, stored[1]!.passwordHash!)).toBe(true);
  }, 180_000);

  it("never creates demo accounts in production", async () => {
    for (const env of [{ NODE_ENV: "production" }, { REACHABLE_ENV: "production" }]) {
      const url = `file:${path.join(dir, `prod-${Object.keys(env)[0]}.db`)}`;
      const result = await prepareDatabase({ databaseUrl: url, demoAccountsFile: path.join(dir, "unused.json"), env, log: () => {} });
      expect(result.demoAccounts).toEqual([]);
      expect(await users(url)).toEqual([]);
    }
  }, 180_000);
});
