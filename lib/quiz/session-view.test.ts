import { describe, expect, it } from "vitest";
import { instantiateQuestion, type QuestionInstance } from "./question-instance";
import { testQuestions } from "./quiz-test-questions";
import { buildSessionView, type AnswerRecord, type AttemptRecord } from "./session-view";

const now = new Date("2026-02-01T10:10:00.000Z");
const instances = new Map<string, QuestionInstance>(testQuestions.map((q) => [q.id, instantiateQuestion(q, 1)]));
const attempt = (mode: AttemptRecord["mode"], completed = false): AttemptRecord => ({
  id: "s1",
  mode,
  config: {},
  questions: testQuestions.map((q, i) => ({ questionId: q.id, seed: i })),
  score: completed ? 1 : 0,
  maxScore: 3,
  startedAt: new Date("2026-02-01T10:00:00.000Z"),
  deadlineAt: mode === "exam" ? new Date("2026-02-01T10:30:00.000Z") : null,
  completedAt: completed ? now : null,
});
const answers: AnswerRecord[] = [
  { questionId: "t-single", answer: { choice: "b" }, correct: true, flagged: false, answeredAt: now },
  { questionId: "t-numeric", answer: null, correct: false, flagged: true, answeredAt: now },
];
const secretsOf = (id: string) => {
  const q = testQuestions.find((x) => x.id === id)!;
  return [q.explanation, ...(q.kind === "numeric" ? [] : q.choices.map((c) => c.explanation))];
};

describe("session view", () => {
  it("a running exam reveals no key, explanation or score, only the learner's own answers, flags and time left", () => {
    const view = buildSessionView(attempt("exam"), answers, instances, now);
    const text = JSON.stringify(view);
    for (const q of testQuestions) for (const secret of secretsOf(q.id)) expect(text).not.toContain(secret);
    expect(view.questions.every((q) => q.result === undefined && q.correct === undefined)).toBe(true);
    expect(view.score).toBeNull();
    expect(view.remainingMs).toBe(20 * 60_000);
    expect(view.questions[0]?.answer).toEqual({ choice: "b" });
    expect(view.questions[2]?.flagged).toBe(true);
    expect(view.answeredCount).toBe(1);
  });

  it("practice reveals answered questions only", () => {
    const view = buildSessionView(attempt("practice"), answers, instances, now);
    expect(view.questions[0]?.correct).toBe(true);
    expect(view.questions[0]?.result?.explanation).toBe(testQuestions[0]!.explanation);
    const text = JSON.stringify(view.questions.slice(1));
    for (const id of ["t-multiple", "t-numeric"]) for (const secret of secretsOf(id)) expect(text).not.toContain(secret);
    expect(view.score).toEqual({ score: 1, maxScore: 3 });
    expect(view.remainingMs).toBeNull();
  });

  it("a finished exam reveals every question, unanswered ones marked wrong", () => {
    const view = buildSessionView(attempt("exam", true), answers, instances, now);
    expect(view.status).toBe("completed");
    expect(view.questions.map((q) => q.correct)).toEqual([true, false, false]);
    expect(view.questions.every((q) => q.result !== undefined)).toBe(true);
    expect(view.score).toEqual({ score: 1, maxScore: 3 });
  });
});
