import { describe, expect, it } from "vitest";
import { matchingQuestions, pickQuestions, seededRandom, shuffled } from "./question-selection";
import { testQuestions } from "./quiz-test-questions";

describe("question selection", () => {
  it("matches any chosen topic or domain, everything when nothing is chosen", () => {
    expect(matchingQuestions(testQuestions, {}).map((q) => q.id)).toEqual(["t-single", "t-multiple", "t-numeric"]);
    expect(matchingQuestions(testQuestions, { topics: ["cidr"] }).map((q) => q.id)).toEqual(["t-numeric"]);
    expect(matchingQuestions(testQuestions, { domains: ["saa-secure"] }).map((q) => q.id)).toEqual(["t-multiple"]);
    expect(matchingQuestions(testQuestions, { topics: ["cidr"], domains: ["saa-secure"] }).map((q) => q.id)).toEqual(["t-multiple", "t-numeric"]);
    expect(matchingQuestions(testQuestions, { topics: ["nothing"] })).toEqual([]);
  });

  it("is deterministic for a seed, and a shuffle keeps every item", () => {
    const a = shuffled([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    const b = shuffled([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("takes at most the requested number, distinct, each with a seed", () => {
    const picked = pickQuestions(testQuestions, 2, seededRandom(3));
    expect(picked).toHaveLength(2);
    expect(new Set(picked.map((p) => p.questionId)).size).toBe(2);
    for (const p of picked) expect(Number.isInteger(p.seed) && p.seed >= 0).toBe(true);
    expect(pickQuestions(testQuestions, 65, seededRandom(3))).toHaveLength(3);
  });
});
