import { describe, expect, it } from "vitest";
import { answerRequestSchema, flagRequestSchema, sessionIdSchema, startSessionSchema } from "./session-schemas";

describe("quiz API input", () => {
  it("fills the exam defaults of the real exams: 65 questions, 130 minutes", () => {
    expect(startSessionSchema.parse({ mode: "exam" })).toEqual({ mode: "exam", domains: [], length: 65, minutes: 130 });
    expect(startSessionSchema.parse({ mode: "practice", topics: ["cidr"] })).toEqual({ mode: "practice", topics: ["cidr"], domains: [], length: 10 });
    expect(startSessionSchema.parse({ mode: "review" })).toEqual({ mode: "review", length: 20 });
  });

  it("refuses unknown modes, domains, fields and silly limits", () => {
    expect(startSessionSchema.safeParse({ mode: "cheat" }).success).toBe(false);
    expect(startSessionSchema.safeParse({ mode: "exam", minutes: 0 }).success).toBe(false);
    expect(startSessionSchema.safeParse({ mode: "exam", length: 1000 }).success).toBe(false);
    expect(startSessionSchema.safeParse({ mode: "practice", domains: ["made-up"] }).success).toBe(false);
    expect(startSessionSchema.safeParse({ mode: "practice", userId: "x" }).success).toBe(false);
    expect(startSessionSchema.safeParse({ mode: "review", minutes: 5 }).success).toBe(false);
  });

  it("takes an answer with an optional hard mark, and a flag", () => {
    expect(answerRequestSchema.parse({ questionId: "q", answer: { choice: "a" } })).toEqual({ questionId: "q", answer: { choice: "a" }, hard: false });
    expect(answerRequestSchema.safeParse({ questionId: "q", answer: { choice: "a" }, correct: true }).success).toBe(false);
    expect(flagRequestSchema.safeParse({ questionId: "q", flagged: "yes" }).success).toBe(false);
  });

  it("accepts only id-shaped session ids", () => {
    expect(sessionIdSchema.safeParse("cmabc123def456").success).toBe(true);
    expect(sessionIdSchema.safeParse("../etc").success).toBe(false);
  });
});
