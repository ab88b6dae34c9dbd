// Integration test on a real SQLite file with the real migrations applied.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/create-db";
import { migrateDatabase } from "../db/migrate";
import { deleteExerciseAttempt, getProgress, getQuizAttempt, importLessons, markLessonComplete } from "./progress.server";

let dir: string;
let database: Db;
let ada: string;
let bob: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "reachable-progress-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDatabase(url);
  database = createDb(url);
  ada = (await database.user.create({ data: { email: "ada@example.com", name: "Ada" }, select: { id: true } })).id;
  bob = (await database.user.create({ data: { email: "bob@example.com", name: "Bob" }, select: { id: true } })).id;
}, 180_000);

afterAll(async () => {
  await database?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("progress data access", () => {
  it("starts empty", async () => {
    const progress = await getProgress(database, ada);
    expect(progress.lessons).toEqual([]);
    expect(progress.exercises).toEqual({ attempted: 0, solved: 0, recent: [], byExercise: [] });
    expect(progress.quizzes.attempts).toEqual([]);
  });

  it("marks a lesson complete once, and only for the caller", async () => {
    const first = await markLessonComplete(database, ada, "vpc-basics");
    const again = await markLessonComplete(database, ada, "vpc-basics");
    expect(again.completedAt).toBe(first.completedAt);
    expect((await getProgress(database, ada)).lessons.map((l) => l.lessonSlug)).toEqual(["vpc-basics"]);
    expect((await getProgress(database, bob)).lessons).toEqual([]);
  });

  it("imports browser progress without duplicates, and without touching another learner", async () => {
    const result = await importLessons(database, bob, ["cidr", "vpc-basics", "cidr"]);
    expect(result).toEqual({ imported: 2, alreadyComplete: 0 });
    expect(await importLessons(database, bob, ["cidr", "subnets"])).toEqual({ imported: 1, alreadyComplete: 1 });
    expect((await getProgress(database, bob)).lessons.map((l) => l.lessonSlug).sort()).toEqual(["cidr", "subnets", "vpc-basics"]);
    expect((await getProgress(database, ada)).lessons.map((l) => l.lessonSlug)).toEqual(["vpc-basics"]);
  });

  it("does not let a learner read another learner's quiz attempt by id", async () => {
    const attempt = await database.quizAttempt.create({
      data: {
        userId: ada,
        mode: "networking-basics",
        score: 2,
        maxScore: 3,
        completedAt: new Date(),
        answers: {
          create: [
            { questionId: "q1", answer: JSON.stringify("a"), correct: true },
            { questionId: "q2", answer: JSON.stringify("b"), correct: true },
            { questionId: "q3", answer: JSON.stringify("c"), correct: false },
          ],
        },
      },
      select: { id: true },
    });
    const own = await getQuizAttempt(database, ada, attempt.id);
    expect(own?.answers).toHaveLength(3);
    expect(await getQuizAttempt(database, bob, attempt.id)).toBeNull();
    expect(await getQuizAttempt(database, ada, "no-such-id")).toBeNull();
    const adaProgress = await getProgress(database, ada);
    expect(adaProgress.quizzes.attempts).toHaveLength(1);
    expect(adaProgress.quizzes.bestPercentByMode).toEqual({ "networking-basics": 67 });
    expect((await getProgress(database, bob)).quizzes.attempts).toEqual([]);
  });

  it("does not let a learner delete another learner's exercise attempt", async () => {
    const attempt = await database.exerciseAttempt.create({
      data: { userId: ada, exerciseSlug: "public-subnet", answer: JSON.stringify({ route: "igw" }), solved: true },
      select: { id: true },
    });
    expect(await deleteExerciseAttempt(database, bob, attempt.id)).toBe(false);
    expect((await getProgress(database, ada)).exercises).toMatchObject({ attempted: 1, solved: 1 });
    expect(await deleteExerciseAttempt(database, ada, attempt.id)).toBe(true);
    expect((await getProgress(database, ada)).exercises).toMatchObject({ attempted: 0, solved: 0 });
  });
});
