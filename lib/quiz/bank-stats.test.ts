import { describe, expect, it } from "vitest";
import { bankStats } from "./bank-stats";
import { testQuestions } from "./quiz-test-questions";

describe("bank stats", () => {
  it("counts questions per domain (in exam-guide order) and per topic (most first)", () => {
    const stats = bankStats(testQuestions);
    expect(stats.total).toBe(3);
    expect(stats.domains.map((d) => [d.id, d.count])).toEqual([
      ["ans-design", 2],
      ["ans-security", 1],
      ["saa-secure", 1],
      ["saa-performant", 1],
    ]);
    expect(stats.topics[0]).toEqual({ id: "cidr", label: "CIDR", count: 1 });
    expect(stats.topics).toHaveLength(6);
  });
});
