import { describe, expect, it } from "vitest";
import { acceptsAnswerAt, completionTime, deadlineFor, GRACE_MS, isExpired, remainingMs, scoreAnswers } from "./exam-rules";

const start = new Date("2026-01-01T10:00:00.000Z");
const deadline = deadlineFor(start, 130);
const at = (ms: number) => new Date(deadline.getTime() + ms);

describe("exam timing (injected clock)", () => {
  it("puts the deadline at start + limit", () => {
    expect(deadline.toISOString()).toBe("2026-01-01T12:10:00.000Z");
  });

  it("accepts answers up to the grace period after the deadline, and refuses later ones", () => {
    expect(acceptsAnswerAt(deadline, at(-60_000))).toBe(true);
    expect(acceptsAnswerAt(deadline, at(0))).toBe(true);
    expect(acceptsAnswerAt(deadline, at(GRACE_MS))).toBe(true);
    expect(acceptsAnswerAt(deadline, at(GRACE_MS + 1))).toBe(false);
    expect(isExpired(deadline, at(GRACE_MS + 1))).toBe(true);
    expect(isExpired(deadline, at(GRACE_MS))).toBe(false);
  });

  it("never expires an untimed session", () => {
    expect(acceptsAnswerAt(null, new Date(8.64e15))).toBe(true);
    expect(remainingMs(null, start)).toBeNull();
  });

  it("counts the time left down from the server's deadline, never below zero", () => {
    expect(remainingMs(deadline, start)).toBe(130 * 60_000);
    expect(remainingMs(deadline, at(-1500))).toBe(1500);
    expect(remainingMs(deadline, at(10_000))).toBe(0);
  });

  it("dates a late submission at the deadline, a timely one at the moment of submitting", () => {
    expect(completionTime(deadline, at(-1000)).toISOString()).toBe(at(-1000).toISOString());
    expect(completionTime(deadline, at(60_000)).toISOString()).toBe(deadline.toISOString());
  });
});

describe("exam scoring", () => {
  it("counts correct answers that arrived in time; unanswered and late ones score nothing", () => {
    const ids = ["q1", "q2", "q3", "q4", "q5"];
    const answers = [
      { questionId: "q1", answered: true, correct: true, answeredAt: at(-5000) },
      { questionId: "q2", answered: true, correct: false, answeredAt: at(-4000) },
      { questionId: "q3", answered: true, correct: true, answeredAt: at(GRACE_MS + 1) },
      { questionId: "q4", answered: false, correct: false, answeredAt: at(-3000) },
      { questionId: "other", answered: true, correct: true, answeredAt: at(-3000) },
    ];
    expect(scoreAnswers(ids, answers, deadline)).toEqual({ score: 1, maxScore: 5 });
  });
});
