// Integration test on a real SQLite file with the real migrations applied, and an injected clock.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/create-db";
import { migrateDatabase } from "../db/migrate";
import { GRACE_MS } from "./exam-rules";
import { loadQuestionBank, questionBankOf } from "./question-bank.server";
import { getDomainMastery } from "./quiz-history.server";
import { answerQuestion, flagQuestion, getQuizOverview, getScoreReport, getSessionView, startSession, submitSession, type QuizDeps } from "./quiz-sessions.server";
import { seededRandom } from "./question-selection";
import { testQuestions } from "./quiz-test-questions";

let dir: string;
let database: Db;
let ada: string;
let bob: string;
let clock = new Date("2026-04-01T09:00:00.000Z");
let deps: QuizDeps;
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const lessons = () => ({ title: "Subnets", heading: () => "The five addresses AWS keeps" });

/** Everything a session's rows hold, to prove a refusal changed nothing. */
async function snapshotOf(sessionId: string) {
  const [attempt, answers, cards] = await Promise.all([
    database.quizAttempt.findUnique({ where: { id: sessionId } }),
    database.quizAnswer.findMany({ where: { quizAttemptId: sessionId }, orderBy: { questionId: "asc" } }),
    database.reviewCard.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ attempt, answers, cards });
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message: string };
    return { status: e.status ?? 500, message: e.message };
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "reachable-quiz-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDatabase(url);
  database = createDb(url);
  ada = (await database.user.create({ data: { email: "ada@example.com", name: "Ada" }, select: { id: true } })).id;
  bob = (await database.user.create({ data: { email: "bob@example.com", name: "Bob" }, select: { id: true } })).id;
  deps = { db: database, bank: questionBankOf(testQuestions), now: () => clock, random: seededRandom(9) };
}, 180_000);

afterAll(async () => {
  await database?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("practice", () => {
  it("grades at once with the explanation, puts a miss into review, and finishes after the last answer", async () => {
    const { id } = await startSession(deps, ada, { mode: "practice", topics: ["cidr", "internet-gateway"], domains: [], length: 10 });
    const view = await getSessionView(deps, ada, id);
    expect(view.questions.map((q) => q.question.questionId).sort()).toEqual(["t-numeric", "t-single"]);
    expect(JSON.stringify(view)).not.toContain(testQuestions[0]!.explanation);

    const wrong = await answerQuestion(deps, ada, id, { questionId: "t-numeric", answer: { value: 16 }, hard: false });
    expect(wrong).toMatchObject({ revealed: true, correct: false, completed: false, result: { key: { value: 11, tolerance: 0 } } });
    expect(await database.reviewCard.count({ where: { userId: ada, questionId: "t-numeric" } })).toBe(1);

    const again = await refusal(answerQuestion(deps, ada, id, { questionId: "t-numeric", answer: { value: 11 }, hard: false }));
    expect(again).toEqual({ status: 409, message: "You already answered this question in this session" });

    const right = await answerQuestion(deps, ada, id, { questionId: "t-single", answer: { choice: "b" }, hard: false });
    expect(right).toMatchObject({ revealed: true, correct: true, completed: true });
    expect(await database.reviewCard.count({ where: { userId: ada, questionId: "t-single" } })).toBe(0);
    const done = await getSessionView(deps, ada, id);
    expect(done.status).toBe("completed");
    expect(done.score).toEqual({ score: 1, maxScore: 2 });
  });

  it("refuses an unknown topic and a filter that matches nothing", async () => {
    expect(await refusal(startSession(deps, ada, { mode: "practice", topics: ["warp-drive"], domains: [], length: 5 }))).toEqual({ status: 400, message: "Unknown topic: warp-drive" });
    expect((await refusal(startSession(deps, ada, { mode: "practice", topics: [], domains: ["saa-cost"], length: 5 }))).status).toBe(400);
  });
});

describe("timed exam", () => {
  it("saves answers without revealing them, and refuses forged input without changing anything", async () => {
    clock = new Date("2026-04-01T10:00:00.000Z");
    const { id } = await startSession(deps, ada, { mode: "exam", domains: ["ans-design"], length: 65, minutes: 10 });
    const view = await getSessionView(deps, ada, id);
    expect(view.questions.map((q) => q.question.questionId).sort()).toEqual(["t-numeric", "t-single"]);
    expect(view.remainingMs).toBe(10 * 60_000);

    const saved = await answerQuestion(deps, ada, id, { questionId: "t-single", answer: { choice: "a" }, hard: false });
    expect(saved).toEqual({ questionId: "t-single", saved: true, revealed: false });
    // An exam answer may be changed until the exam is submitted.
    await answerQuestion(deps, ada, id, { questionId: "t-single", answer: { choice: "b" }, hard: false });
    await flagQuestion(deps, ada, id, { questionId: "t-numeric", flagged: true });
    const running = await getSessionView(deps, ada, id);
    expect(running.questions.find((q) => q.question.questionId === "t-single")?.answer).toEqual({ choice: "b" });
    expect(running.questions.find((q) => q.question.questionId === "t-numeric")).toMatchObject({ answer: null, flagged: true });
    expect(JSON.stringify(running)).not.toMatch(/"key"|"explanation"|"correct"/);

    const before = await snapshotOf(id);
    expect(await refusal(answerQuestion(deps, ada, id, { questionId: "no-such-question", answer: { choice: "a" }, hard: false }))).toEqual({
      status: 404,
      message: 'No question with id "no-such-question"',
    });
    expect(await refusal(answerQuestion(deps, ada, id, { questionId: "t-multiple", answer: { choices: ["a", "b"] }, hard: false }))).toEqual({
      status: 409,
      message: 'Question "t-multiple" is not part of this session',
    });
    expect(await refusal(answerQuestion(deps, bob, id, { questionId: "t-single", answer: { choice: "a" }, hard: false }))).toMatchObject({ status: 404 });
    expect(await refusal(flagQuestion(deps, bob, id, { questionId: "t-single", flagged: true }))).toMatchObject({ status: 404 });
    expect(await refusal(submitSession(deps, bob, id))).toMatchObject({ status: 404 });
    expect(await refusal(getSessionView(deps, bob, id))).toMatchObject({ status: 404 });
    expect(await refusal(answerQuestion(deps, ada, id, { questionId: "t-numeric", answer: { choice: "a" }, hard: false }))).toMatchObject({ status: 400 });
    expect(await refusal(getScoreReport(deps, ada, id, lessons))).toEqual({ status: 409, message: "Submit the exam to see its score report" });
    expect(await snapshotOf(id)).toBe(before);

    // After the deadline and the grace period, an answer is refused and nothing changes.
    advance(10 * 60_000 + GRACE_MS + 1);
    const late = await refusal(answerQuestion(deps, ada, id, { questionId: "t-numeric", answer: { value: 11 }, hard: false }));
    expect(late.status).toBe(409);
    expect(late.message).toContain("too late");
    expect(await refusal(flagQuestion(deps, ada, id, { questionId: "t-single", flagged: true }))).toMatchObject({ status: 409 });
    expect(await snapshotOf(id)).toBe(before);

    // Reading the expired exam finalises it on the server: only in-time answers count, unanswered is wrong.
    const finished = await getSessionView(deps, ada, id);
    expect(finished.status).toBe("completed");
    expect(finished.completedAt).toBe("2026-04-01T10:10:00.000Z");
    expect(finished.score).toEqual({ score: 1, maxScore: 2 });
    expect(finished.questions.find((q) => q.question.questionId === "t-numeric")).toMatchObject({ correct: false, result: { key: { value: 11 } } });
    // The miss goes to spaced review.
    expect(await database.reviewCard.count({ where: { userId: ada, questionId: "t-numeric" } })).toBe(1);
    expect(await refusal(submitSession(deps, ada, id))).toEqual({ status: 409, message: "This exam was already submitted" });

    const report = await getScoreReport(deps, ada, id, lessons);
    expect(report).toMatchObject({ score: 1, maxScore: 2, percent: 50, unanswered: 1 });
    expect(report.revisit).toEqual([{ slug: "subnets", title: "Subnets", missed: 1, sections: [{ id: "the-five-addresses-aws-keeps", heading: "The five addresses AWS keeps" }] }]);
  });

  it("a submission within the grace period counts; a late submission is scored by the deadline", async () => {
    clock = new Date("2026-04-02T10:00:00.000Z");
    const timely = await startSession(deps, ada, { mode: "exam", domains: [], length: 3, minutes: 1 });
    advance(60_000 + GRACE_MS - 1);
    await answerQuestion(deps, ada, timely.id, { questionId: "t-single", answer: { choice: "b" }, hard: false });
    expect(await submitSession(deps, ada, timely.id)).toMatchObject({ score: 1, maxScore: 3, late: false });

    const tardy = await startSession(deps, ada, { mode: "exam", domains: [], length: 3, minutes: 1 });
    await answerQuestion(deps, ada, tardy.id, { questionId: "t-multiple", answer: { choices: ["a", "b"] }, hard: false });
    advance(3 * 60_000);
    expect(await submitSession(deps, ada, tardy.id)).toMatchObject({ score: 1, maxScore: 3, late: true });
    const row = await database.quizAttempt.findUnique({ where: { id: tardy.id }, select: { completedAt: true } });
    expect(row?.completedAt?.getTime()).toBe(new Date("2026-04-02T10:01:00.000Z").getTime() + 60_000 + GRACE_MS - 1);
  });

  it("keeps a running exam's answers out of the learner's mastery", async () => {
    const before = await getDomainMastery(database, deps.bank, bob);
    const { id } = await startSession(deps, bob, { mode: "exam", domains: [], length: 3, minutes: 30 });
    await answerQuestion(deps, bob, id, { questionId: "t-single", answer: { choice: "a" }, hard: false });
    expect(await getDomainMastery(database, deps.bank, bob)).toEqual(before);
    await submitSession(deps, bob, id);
    const after = await getDomainMastery(database, deps.bank, bob);
    // One wrong answer and two unanswered questions: every domain of the three questions at 0%.
    expect(after.every((m) => m.percent === 0)).toBe(true);
    expect(after.map((m) => m.domain).sort()).toEqual(["ans-design", "ans-security", "saa-performant", "saa-secure"]);
    expect(after.find((m) => m.domain === "ans-design")).toMatchObject({ answered: 2, correct: 0 });
  });
});

describe("review", () => {
  it("is refused with nothing to review, then serves missed questions due first and reschedules them", async () => {
    const carol = (await database.user.create({ data: { email: "carol@example.com", name: "Carol" }, select: { id: true } })).id;
    expect(await refusal(startSession(deps, carol, { mode: "review", length: 20 }))).toMatchObject({ status: 409 });

    clock = new Date("2026-05-01T09:00:00.000Z");
    const practice = await startSession(deps, carol, { mode: "practice", topics: [], domains: [], length: 3 });
    await answerQuestion(deps, carol, practice.id, { questionId: "t-single", answer: { choice: "a" }, hard: false });
    await answerQuestion(deps, carol, practice.id, { questionId: "t-numeric", answer: { value: 11 }, hard: true });
    await answerQuestion(deps, carol, practice.id, { questionId: "t-multiple", answer: { choices: ["a", "b"] }, hard: false });
    expect(await database.reviewCard.count({ where: { userId: carol } })).toBe(2);

    advance(60 * 60_000);
    const overview = await getQuizOverview(deps, carol);
    expect(overview.review.total).toBe(2);
    expect(overview.review.due).toBeGreaterThanOrEqual(1);

    const review = await startSession(deps, carol, { mode: "review", length: 20 });
    const view = await getSessionView(deps, carol, review.id);
    // The missed one (rated Again) is due before the hard one.
    expect(view.questions.map((q) => q.question.questionId)).toEqual(["t-single", "t-numeric"]);
    const dueBefore = (await database.reviewCard.findFirst({ where: { userId: carol, questionId: "t-single" }, select: { due: true } }))!.due;
    const outcome = await answerQuestion(deps, carol, review.id, { questionId: "t-single", answer: { choice: "b" }, hard: false });
    expect(outcome).toMatchObject({ correct: true });
    const dueAfter = (await database.reviewCard.findFirst({ where: { userId: carol, questionId: "t-single" }, select: { due: true } }))!.due;
    expect(dueAfter.getTime()).toBeGreaterThan(dueBefore.getTime());
    expect(dueAfter.getTime()).toBeGreaterThan(clock.getTime());
  });

  it("lists unfinished sessions in the overview, not someone else's", async () => {
    const dan = (await database.user.create({ data: { email: "dan@example.com", name: "Dan" }, select: { id: true } })).id;
    const { id } = await startSession(deps, dan, { mode: "exam", domains: [], length: 2, minutes: 20 });
    expect((await getQuizOverview(deps, dan)).active.map((a) => a.id)).toEqual([id]);
    expect((await getQuizOverview(deps, bob)).active.map((a) => a.id)).not.toContain(id);
    advance(21 * 60_000);
    expect((await getQuizOverview(deps, dan)).active).toEqual([]);
  });
});

describe("the real question bank", () => {
  it("runs a full-length exam over every kind, network questions included, without revealing anything before submitting", async () => {
    const bank = loadQuestionBank();
    const real: QuizDeps = { ...deps, bank };
    clock = new Date("2026-06-01T09:00:00.000Z");
    const { id } = await startSession(real, ada, { mode: "exam", domains: [], length: 100, minutes: 130 });
    const view = await getSessionView(real, ada, id);
    expect(view.questions).toHaveLength(Math.min(100, bank.all().length));
    expect(new Set(view.questions.map((q) => q.question.kind))).toEqual(new Set(["single", "multiple", "numeric"]));
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/"(key|explanation|choiceExplanations|engineFinding|correct)"/);
    for (const q of bank.all()) expect(text).not.toContain(q.explanation);
    if (bank.all().some((q) => q.kind === "network")) expect(view.questions.some((q) => q.question.network)).toBe(true);
    const report = await submitSession(real, ada, id);
    expect(report).toMatchObject({ score: 0, maxScore: view.questions.length });
    const done = await getSessionView(real, ada, id);
    expect(done.questions.every((q) => q.result && q.correct === false)).toBe(true);
  });
});
