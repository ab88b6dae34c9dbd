import { describe, expect, it } from "vitest";
import { checkAnswerShape, gradeAnswer, learnerAnswerSchema } from "./grading";
import { instantiateQuestion } from "./question-instance";
import { multipleQ, numericQ, singleQ } from "./quiz-test-questions";

const single = instantiateQuestion(singleQ, 1);
const multiple = instantiateQuestion(multipleQ, 1);
const numeric = instantiateQuestion(numericQ, 1);

describe("answer shape", () => {
  it("parses the three answer forms and refuses anything else", () => {
    expect(learnerAnswerSchema.safeParse({ choice: "a" }).success).toBe(true);
    expect(learnerAnswerSchema.safeParse({ choices: ["a", "b"] }).success).toBe(true);
    expect(learnerAnswerSchema.safeParse({ value: 11 }).success).toBe(true);
    expect(learnerAnswerSchema.safeParse({ choice: "a", correct: true }).success).toBe(false);
    expect(learnerAnswerSchema.safeParse({ value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(learnerAnswerSchema.safeParse("a").success).toBe(false);
  });

  it("refuses an answer of the wrong kind or naming an unknown choice, naming the problem", () => {
    expect(checkAnswerShape(single, { value: 2 })).toEqual({ ok: false, error: expect.stringContaining("one choice") });
    expect(checkAnswerShape(single, { choice: "z" })).toEqual({ ok: false, error: '"z" is not a choice of this question' });
    expect(checkAnswerShape(multiple, { choices: ["a"] })).toEqual({ ok: false, error: "Choose exactly 2 answers (you chose 1)" });
    expect(checkAnswerShape(multiple, { choices: ["a", "a"] })).toEqual({ ok: false, error: "Each choice may be chosen once" });
    expect(checkAnswerShape(multiple, { choices: ["a", "q"] })).toEqual({ ok: false, error: '"q" is not a choice of this question' });
    expect(checkAnswerShape(numeric, { choice: "a" })).toEqual({ ok: false, error: expect.stringContaining("number") });
  });

  it("normalises a multiple answer's order", () => {
    expect(checkAnswerShape(multiple, { choices: ["b", "a"] })).toEqual({ ok: true, answer: { choices: ["a", "b"] } });
  });
});

describe("grading", () => {
  it("grades single, multiple and numeric answers against the key", () => {
    expect(gradeAnswer(single, { choice: "b" })).toBe(true);
    expect(gradeAnswer(single, { choice: "a" })).toBe(false);
    expect(gradeAnswer(multiple, { choices: ["b", "a"] })).toBe(true);
    expect(gradeAnswer(multiple, { choices: ["a", "c"] })).toBe(false);
    expect(gradeAnswer(numeric, { value: 11 })).toBe(true);
    expect(gradeAnswer(numeric, { value: 16 })).toBe(false);
  });

  it("honours a numeric tolerance", () => {
    const loose = instantiateQuestion({ ...numericQ, kind: "numeric", answer: { value: 100, tolerance: 5 } } as typeof numericQ, 1);
    expect(gradeAnswer(loose, { value: 104 })).toBe(true);
    expect(gradeAnswer(loose, { value: 106 })).toBe(false);
  });
});
