// Integration test on a real SQLite file with the real migrations applied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HintRefused, revealedHints, revealHint } from "./exercise-hints.server";
import { fixtureExercise } from "./fixtures/fixture-exercise";
import { createTestDatabase, type TestDatabase } from "./fixtures/test-database";

let t: TestDatabase;
let ada: string;
let bob: string;
const exercise = fixtureExercise();
const [h1, h2, h3] = exercise.hints as [string, string, string];

async function refusal(promise: Promise<unknown>): Promise<HintRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HintRefused) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  t = await createTestDatabase("exercise-hints");
  ada = await t.user("Ada");
  bob = await t.user("Bob");
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("hints", () => {
  it("reveals tiers one at a time, in order, and records each", async () => {
    expect(await revealedHints(t.db, ada, exercise)).toEqual([]);
    expect(await revealHint(t.db, ada, exercise)).toEqual({ tier: 1, text: h1, revealedHints: [h1], total: 3 });
    expect(await revealHint(t.db, ada, exercise, 2)).toEqual({ tier: 2, text: h2, revealedHints: [h1, h2], total: 3 });
    expect(await revealedHints(t.db, ada, exercise)).toEqual([h1, h2]);
    const rows = await t.db.exerciseHintReveal.findMany({ where: { userId: ada }, select: { tier: true, exerciseSlug: true }, orderBy: { tier: "asc" } });
    expect(rows).toEqual([
      { tier: 1, exerciseSlug: exercise.id },
      { tier: 2, exerciseSlug: exercise.id },
    ]);
  });

  it("returns an already revealed tier again without recording it twice", async () => {
    expect(await revealHint(t.db, ada, exercise, 1)).toEqual({ tier: 1, text: h1, revealedHints: [h1, h2], total: 3 });
    expect(await t.db.exerciseHintReveal.count({ where: { userId: ada } })).toBe(2);
  });

  it("refuses a tier before the one in front of it, and a tier that does not exist", async () => {
    const skip = await refusal(revealHint(t.db, bob, exercise, 2));
    expect([skip.status, skip.message]).toEqual([409, "Reveal hint 1 before hint 2."]);
    const none = await refusal(revealHint(t.db, bob, exercise, 4));
    expect([none.status, none.message]).toEqual([400, "This exercise has 3 hints; there is no hint 4."]);
    expect(await t.db.exerciseHintReveal.count({ where: { userId: bob } })).toBe(0);
  });

  it("says so when every tier is revealed", async () => {
    expect((await revealHint(t.db, ada, exercise)).text).toBe(h3);
    const done = await refusal(revealHint(t.db, ada, exercise));
    expect([done.status, done.message]).toEqual([409, "All 3 hints are already revealed."]);
    expect(await t.db.exerciseHintReveal.count({ where: { userId: ada } })).toBe(3);
  });

  it("keeps each learner's reveals apart, and records one row when the same tier is asked for twice at once", async () => {
    expect(await revealedHints(t.db, bob, exercise)).toEqual([]);
    const both = await Promise.all([revealHint(t.db, bob, exercise, 1), revealHint(t.db, bob, exercise, 1)]);
    expect(both.map((r) => r.tier)).toEqual([1, 1]);
    expect(await t.db.exerciseHintReveal.count({ where: { userId: bob } })).toBe(1);
  });
});
