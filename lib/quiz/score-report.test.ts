import { describe, expect, it } from "vitest";
import { instantiateQuestion, type QuestionInstance } from "./question-instance";
import { testQuestions } from "./quiz-test-questions";
import { buildScoreReport } from "./score-report";

const start = new Date("2026-02-01T10:00:00.000Z");
const deadline = new Date("2026-02-01T10:30:00.000Z");
const instances = new Map<string, QuestionInstance>(testQuestions.map((q) => [q.id, instantiateQuestion(q, 1)]));

describe("score report", () => {
  it("scores per domain, weakest first, and lists the lesson sections of missed questions", () => {
    const report = buildScoreReport(
      {
        id: "s1",
        mode: "exam",
        config: {},
        questions: testQuestions.map((q) => ({ questionId: q.id, seed: 1 })),
        score: 1,
        maxScore: 3,
        startedAt: start,
        deadlineAt: deadline,
        completedAt: deadline,
      },
      [
        { questionId: "t-single", answer: { choice: "b" }, correct: true, flagged: false, answeredAt: start },
        { questionId: "t-multiple", answer: { choices: ["a", "c"] }, correct: false, flagged: true, answeredAt: start },
      ],
      instances,
      (slug) => (slug === "subnets" ? { title: "Subnets", heading: (id) => (id === "the-five-addresses-aws-keeps" ? "The five addresses AWS keeps" : undefined) } : undefined),
    );
    expect(report.percent).toBe(33);
    expect(report.unanswered).toBe(1);
    expect(report.domains.map((d) => [d.domain, d.correct, d.total])).toEqual([
      ["ans-security", 0, 1],
      ["saa-performant", 0, 1],
      ["saa-secure", 0, 1],
      ["ans-design", 1, 2],
    ]);
    expect(report.domains[0]?.label).toContain("Networking Specialty");
    expect(report.revisit).toEqual([{ slug: "subnets", title: "Subnets", missed: 2, sections: [{ id: "the-five-addresses-aws-keeps", heading: "The five addresses AWS keeps" }] }]);
  });
});
