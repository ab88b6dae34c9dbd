// Integration test on a real SQLite file with the real migrations applied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStart, startedAt } from "./exercise-starts.server";
import { createTestDatabase, type TestDatabase } from "./fixtures/test-database";

let t: TestDatabase;
let ada: string;
let bob: string;

beforeAll(async () => {
  t = await createTestDatabase("exercise-starts");
  ada = await t.user("Ada");
  bob = await t.user("Bob");
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("exercise starts", () => {
  it("records the first opening and keeps it when opened again", async () => {
    const first = new Date("2026-01-01T10:00:00Z");
    expect(await startedAt(t.db, ada, "ex-a")).toBeNull();
    expect(await recordStart(t.db, ada, "ex-a", first)).toEqual({ startedAt: first.toISOString() });
    expect(await recordStart(t.db, ada, "ex-a", new Date("2026-01-02T10:00:00Z"))).toEqual({ startedAt: first.toISOString() });
    expect(await startedAt(t.db, ada, "ex-a")).toBe(first.toISOString());
    expect(await t.db.exerciseStart.count({ where: { userId: ada } })).toBe(1);
  });

  it("is per learner and per exercise, and survives two first openings at once", async () => {
    expect(await startedAt(t.db, bob, "ex-a")).toBeNull();
    const both = await Promise.all([recordStart(t.db, bob, "ex-b"), recordStart(t.db, bob, "ex-b")]);
    expect(both[0]).toEqual(both[1]);
    expect(await t.db.exerciseStart.count({ where: { userId: bob } })).toBe(1);
  });
});
