// Integration test: accounts and the sign-in rate limit on a real SQLite file with the migrations applied.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/create-db";
import { migrateDatabase } from "../db/migrate";
import { ACCOUNT_EXISTS, createAccount, findUser, signInWithPassword, userForOAuthIdentity } from "./accounts.server";

let dir: string;
let database: Db;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "reachable-accounts-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDatabase(url);
  database = createDb(url);
}, 180_000);

afterAll(async () => {
  await database?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("accounts", () => {
  it("creates a learner and refuses a second account with the same email", async () => {
    const created = await createAccount(database, { name: "Ada", email: "ada@example.com", password: "a long password" });
    expect(created.ok && created.user.role).toBe("learner");
    expect(await createAccount(database, { name: "Ada 2", email: "ada@example.com", password: "another password" })).toEqual({
      ok: false,
      error: ACCOUNT_EXISTS,
    });
    const stored = await database.user.findUnique({ where: { email: "ada@example.com" }, select: { passwordHash: true } });
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain("a long password");
  });

  it("signs in with the right password only", async () => {
    const ok = await signInWithPassword(database, { email: "ada@example.com", password: "a long password", address: "203.0.113.1" });
    expect(ok.ok && ok.user.email).toBe("ada@example.com");
    expect(await signInWithPassword(database, { email: "ada@example.com", password: "wrong", address: "203.0.113.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(database, { email: "nobody@example.com", password: "wrong", address: "203.0.113.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("stores failures in the database and refuses the account after five, even with the right password", async () => {
    await createAccount(database, { name: "Bob", email: "bob@example.com", password: "bobs password" });
    const now = new Date();
    for (let i = 0; i < 5; i++) {
      expect((await signInWithPassword(database, { email: "bob@example.com", password: "nope", address: `198.51.100.${i}` }, now)).ok).toBe(false);
    }
    expect(await signInWithPassword(database, { email: "bob@example.com", password: "bobs password", address: "198.51.100.99" }, now)).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect(await database.signInAttempt.count({ where: { key: "account:bob@example.com" } })).toBe(5);
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await signInWithPassword(database, { email: "bob@example.com", password: "bobs password", address: "198.51.100.99" }, later)).ok).toBe(true);
  });

  it("links an OAuth identity to the account with the same email, once", async () => {
    const first = await userForOAuthIdentity(database, { provider: "github", providerAccountId: "42", email: "ADA@example.com", name: "Ada L" });
    const again = await userForOAuthIdentity(database, { provider: "github", providerAccountId: "42", email: "changed@example.com", name: "Ada" });
    expect(again.id).toBe(first.id);
    expect((await findUser(database, first.id))?.email).toBe("ada@example.com");
    const fresh = await userForOAuthIdentity(database, { provider: "oidc", providerAccountId: "sub-1", email: "new@example.com", name: "New" });
    expect(fresh.role).toBe("learner");
    expect(await findUser(database, "missing")).toBeNull();
  });
});
