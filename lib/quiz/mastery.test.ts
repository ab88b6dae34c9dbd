import { describe, expect, it } from "vitest";
import { domainMastery } from "./mastery";

describe("domain mastery", () => {
  it("is the share of correct answers per domain, weakest first", () => {
    const mastery = domainMastery([
      { questionId: "a", correct: true, domains: ["ans-design", "saa-secure"] },
      { questionId: "b", correct: false, domains: ["ans-design"] },
      { questionId: "c", correct: false, domains: ["saa-secure"] },
      { questionId: "d", correct: false, domains: ["saa-secure"] },
      { questionId: "e", correct: true, domains: ["saa-cost"] },
    ]);
    expect(mastery).toEqual([
      { domain: "saa-secure", answered: 3, correct: 1, percent: 33 },
      { domain: "ans-design", answered: 2, correct: 1, percent: 50 },
      { domain: "saa-cost", answered: 1, correct: 1, percent: 100 },
    ]);
  });

  it("ranks more evidence first on a tie, counts a domain once per answer, and ignores unknown domains", () => {
    const mastery = domainMastery([
      { questionId: "a", correct: false, domains: ["saa-cost", "saa-cost", "made-up"] },
      { questionId: "b", correct: false, domains: ["ans-security"] },
      { questionId: "c", correct: false, domains: ["ans-security"] },
    ]);
    expect(mastery.map((m) => [m.domain, m.answered])).toEqual([
      ["ans-security", 2],
      ["saa-cost", 1],
    ]);
  });

  it("is empty without answers", () => {
    expect(domainMastery([])).toEqual([]);
  });
});
