// Integration test on a real SQLite file with the real migrations applied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./fixtures/test-database";
import { takeRateLimitSlot } from "./rate-limit-store.server";

let t: TestDatabase;
const limit = { windowMs: 60_000, max: 3 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + s * 1000);

beforeAll(async () => {
  t = await createTestDatabase("rate-limit-store");
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("takeRateLimitSlot", () => {
  it("counts up to the limit, refuses the next without counting it, and frees slots as the window moves", async () => {
    for (const s of [0, 1, 2]) expect(await takeRateLimitSlot(t.db, "k", limit, at(s))).toEqual({ allowed: true });
    expect(await takeRateLimitSlot(t.db, "k", limit, at(10))).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(await t.db.rateLimitHit.count({ where: { key: "k" } })).toBe(3);
    expect(await takeRateLimitSlot(t.db, "other", limit, at(10))).toEqual({ allowed: true });
    expect(await takeRateLimitSlot(t.db, "k", limit, at(60))).toEqual({ allowed: true });
    expect(await t.db.rateLimitHit.count({ where: { key: "k" } })).toBe(4);
  });

  it("prunes hits that left the window when a key starts a fresh window", async () => {
    for (const s of [0, 1, 2]) await takeRateLimitSlot(t.db, "p", limit, at(s));
    expect(await takeRateLimitSlot(t.db, "p", limit, at(200))).toEqual({ allowed: true });
    expect(await t.db.rateLimitHit.findMany({ where: { key: "p" }, select: { createdAt: true } })).toEqual([{ createdAt: at(200) }]);
  });

  it("never lets simultaneous requests take more slots than the limit", async () => {
    const decisions = await Promise.all(Array.from({ length: 8 }, () => takeRateLimitSlot(t.db, "burst", limit, at(100))));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    expect(await t.db.rateLimitHit.count({ where: { key: "burst" } })).toBe(3);
  });
});
