// Integration test on a real SQLite file with the real migrations applied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeRefused } from "./apply-changes";
import {
  ATTEMPTS_LISTED,
  findAttempt,
  latestAttempt,
  listAttempts,
  statusesFor,
  statusOf,
  submitAttempt,
} from "./exercise-attempts.server";
import type { Exercise } from "./exercise-schema";
import { DEFAULT_ROUTE, fixtureExercise, OPEN_DATABASE, publicRoutes } from "./fixtures/fixture-exercise";
import { createTestDatabase, type TestDatabase } from "./fixtures/test-database";

let t: TestDatabase;
let ada: string;
let bob: string;
const exercise = fixtureExercise();
const byId = (id: string): Exercise | null => (id === exercise.id ? exercise : null);
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

async function counts() {
  const [attempts, starts, reveals] = await Promise.all([t.db.exerciseAttempt.count(), t.db.exerciseStart.count(), t.db.exerciseHintReveal.count()]);
  return { attempts, starts, reveals };
}

beforeAll(async () => {
  t = await createTestDatabase("exercise-attempts");
  ada = await t.user("Ada");
  bob = await t.user("Bob");
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("submitting an attempt", () => {
  it("grades on the server and records learner, exercise, changes, goal results, hints and time", async () => {
    await t.db.exerciseStart.create({ data: { userId: ada, exerciseSlug: exercise.id, startedAt: at(0) } });
    await t.db.exerciseHintReveal.create({ data: { userId: ada, exerciseSlug: exercise.id, tier: 1 } });
    const changes = [publicRoutes(DEFAULT_ROUTE)];
    const attempt = await submitAttempt(t.db, ada, exercise, changes, at(42));
    expect(attempt).toMatchObject({ exerciseId: exercise.id, solved: true, hintsUsed: 1, durationMs: 42_000, createdAt: at(42).toISOString(), changes });
    expect(attempt.goals).toEqual([
      { id: "web-answers-internet", description: exercise.goals[0]!.description, met: true, found: "reachable" },
      { id: "ssh-stays-closed", description: exercise.goals[1]!.description, met: true, found: "blocked", explanation: expect.objectContaining({ codes: ["ENI_SG_RULES_MISMATCH"] }) },
      { id: "db-only-postgres", description: exercise.goals[2]!.description, hidden: true, met: true },
    ]);
    const row = await t.db.exerciseAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row).toMatchObject({ userId: ada, exerciseSlug: exercise.id, solved: true, hintsUsed: 1, durationMs: 42_000 });
    expect(JSON.parse(row.answer)).toEqual(changes);
    // The hidden goal's full result is stored (for instructors), even though the learner sees only "met".
    expect(JSON.parse(row.goalResults)).toEqual([
      { goalId: "web-answers-internet", met: true, found: "reachable", explanation: { codes: [], components: [] } },
      { goalId: "ssh-stays-closed", met: true, found: "blocked", explanation: expect.objectContaining({ codes: ["ENI_SG_RULES_MISMATCH"] }) },
      { goalId: "db-only-postgres", met: true, found: "blocked", explanation: expect.objectContaining({ codes: ["ENI_SG_RULES_MISMATCH"], components: expect.arrayContaining(["sg-db"]) }) },
    ]);
  });

  it("records an unsolved attempt with its failing goals; the hidden goal shows only that it failed", async () => {
    const attempt = await submitAttempt(t.db, ada, exercise, [publicRoutes(DEFAULT_ROUTE), OPEN_DATABASE], at(50));
    expect(attempt.solved).toBe(false);
    expect(attempt.goals[2]).toEqual({ id: "db-only-postgres", description: exercise.goals[2]!.description, hidden: true, met: false });
  });

  it("has no duration without a recorded start", async () => {
    const attempt = await submitAttempt(t.db, bob, exercise, [], at(10));
    expect(attempt).toMatchObject({ solved: false, durationMs: null, hintsUsed: 0 });
    await t.db.exerciseAttempt.delete({ where: { id: attempt.id } });
  });

  it("records nothing for a change to a resource or field that is not editable, or a malformed rule", async () => {
    const before = await counts();
    const refused = [
      [{ collection: "SecurityGroups" as const, id: "sg-web", fields: { IpPermissions: [] } }],
      [{ collection: "RouteTables" as const, id: "rtb-main", fields: { Routes: [DEFAULT_ROUTE] } }],
      [{ collection: "RouteTables" as const, id: "rtb-public", fields: { Associations: [] } }],
      [publicRoutes({ DestinationCidrBlock: "0.0.0.0/0" })],
      [publicRoutes({ DestinationCidrBlock: "not-a-cidr", GatewayId: "igw-main" })],
      [publicRoutes(DEFAULT_ROUTE), publicRoutes(DEFAULT_ROUTE)],
    ];
    for (const changes of refused) await expect(submitAttempt(t.db, bob, exercise, changes, at(60))).rejects.toBeInstanceOf(ChangeRefused);
    expect(await counts()).toEqual(before);
  });
});

describe("reading attempts", () => {
  it("lists only the caller's attempts, newest first, with their changes", async () => {
    const mine = await listAttempts(t.db, ada, exercise);
    expect(mine.map((a) => [a.solved, a.createdAt])).toEqual([
      [false, at(50).toISOString()],
      [true, at(42).toISOString()],
    ]);
    expect(mine[1]!.changes).toEqual([publicRoutes(DEFAULT_ROUTE)]);
    expect(await listAttempts(t.db, bob, exercise)).toEqual([]);
    expect((await latestAttempt(t.db, ada, exercise))?.createdAt).toBe(at(50).toISOString());
    expect(await latestAttempt(t.db, bob, exercise)).toBeNull();
  });

  it("lists at most ATTEMPTS_LISTED attempts, the newest", async () => {
    const cy = await t.user("Cy");
    const total = ATTEMPTS_LISTED + 5;
    await t.db.exerciseAttempt.createMany({
      data: Array.from({ length: total }, (_, i) => ({ userId: cy, exerciseSlug: exercise.id, answer: "[]", goalResults: "[]", solved: false, createdAt: new Date(Date.UTC(2026, 0, 2, 0, 0, i)) })),
    });
    const listed = await listAttempts(t.db, cy, exercise);
    expect(listed).toHaveLength(ATTEMPTS_LISTED);
    expect(listed[0]!.createdAt).toBe(new Date(Date.UTC(2026, 0, 2, 0, 0, total - 1)).toISOString());
    expect(listed.at(-1)!.createdAt).toBe(new Date(Date.UTC(2026, 0, 2, 0, 0, total - ATTEMPTS_LISTED)).toISOString());
  });

  it("finds an attempt by id for its owner only: a stranger's or unknown id is null", async () => {
    const [newest] = await listAttempts(t.db, ada, exercise);
    expect((await findAttempt(t.db, ada, newest!.id, byId))?.id).toBe(newest!.id);
    expect(await findAttempt(t.db, bob, newest!.id, byId)).toBeNull();
    expect(await findAttempt(t.db, ada, "cnosuchattempt000000000", byId)).toBeNull();
  });

  it("shows every goal as hidden when the exercise left the bank", async () => {
    const [newest] = await listAttempts(t.db, ada, exercise);
    const orphan = await findAttempt(t.db, ada, newest!.id, () => null);
    expect(orphan?.goals.every((g) => "hidden" in g && g.hidden && !("found" in g))).toBe(true);
  });

  it("gives the caller's status per exercise", async () => {
    expect(await statusesFor(t.db, ada, [exercise.id, "other"])).toEqual({ [exercise.id]: "solved", other: "new" });
    expect(await statusOf(t.db, ada, exercise.id)).toBe("solved");
    expect(await statusOf(t.db, bob, exercise.id)).toBe("new");
    await submitAttempt(t.db, bob, exercise, [], at(70));
    expect(await statusOf(t.db, bob, exercise.id)).toBe("attempted");
  });
});
