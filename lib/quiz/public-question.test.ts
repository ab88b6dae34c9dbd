import { describe, expect, it } from "vitest";
import { publicQuestion, revealedResult } from "./public-question";
import { instantiateQuestion } from "./question-instance";
import { testQuestions } from "./quiz-test-questions";

describe("public view of a question", () => {
  it.each(testQuestions.map((q) => [q.id, q] as const))("%s carries no key, explanation or lesson section", (_, question) => {
    const instance = instantiateQuestion(question, 7);
    const view = publicQuestion(instance);
    const text = JSON.stringify(view);
    expect(Object.keys(view).sort()).toEqual(expect.not.arrayContaining(["key", "explanation", "choiceExplanations", "lesson", "answer"]));
    expect(text).not.toContain(question.explanation);
    if (question.kind !== "numeric") for (const c of question.choices) expect(text).not.toContain(c.explanation);
    expect(text).not.toContain(question.lesson.section);
    expect(view.stem).toBe(question.stem);
  });

  it("keeps the choices' texts and the number to choose", () => {
    const view = publicQuestion(instantiateQuestion(testQuestions[1]!, 1));
    expect(view.choices?.map((c) => c.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(view.choose).toBe(2);
  });

  it("reveals the key, explanations and lesson afterwards", () => {
    const result = revealedResult(instantiateQuestion(testQuestions[0]!, 1));
    expect(result.key).toBe("b");
    expect(result.choiceExplanations.a).toContain("NAT gateway");
    expect(result.lesson).toEqual({ slug: "subnets", section: "the-five-addresses-aws-keeps" });
  });
});
