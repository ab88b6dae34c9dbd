// Grading one answer on the server. An answer is `{ choice }` (single), `{ choices }` (multiple, exactly
// "choose N") or `{ value }` (numeric), the responses of lib/quiz/question-instance.ts. An answer of the
// wrong shape for its question is refused with a message naming what is wrong, never graded as wrong.
import { z } from "zod";
import { isCorrect, type InstanceResponse, type QuestionInstance } from "./question-instance";

const choiceIdSchema = z.string({ error: "a choice id is text, such as \"a\"" }).min(1).max(8);

export const learnerAnswerSchema = z.union(
  [
    z.strictObject({ choice: choiceIdSchema }),
    z.strictObject({ choices: z.array(choiceIdSchema).min(1).max(6) }),
    z.strictObject({ value: z.number().finite() }),
  ],
  { error: "answer must be { choice }, { choices: [...] } or { value }" },
);

export type LearnerAnswer = z.infer<typeof learnerAnswerSchema>;

export type AnswerCheck = { ok: true; answer: LearnerAnswer } | { ok: false; error: string };

/** Checks that an answer fits the question (known choice ids, the right count, a number for numeric). */
export function checkAnswerShape(instance: QuestionInstance, answer: LearnerAnswer): AnswerCheck {
  switch (instance.kind) {
    case "single": {
      if (!("choice" in answer)) return { ok: false, error: "This question takes one choice: { \"choice\": \"a\" }" };
      if (!instance.choices.some((c) => c.id === answer.choice)) return { ok: false, error: `"${answer.choice}" is not a choice of this question` };
      return { ok: true, answer: { choice: answer.choice } };
    }
    case "multiple": {
      if (!("choices" in answer)) return { ok: false, error: `This question takes ${instance.choose} choices: { "choices": ["a", "c"] }` };
      const unknown = answer.choices.find((id) => !instance.choices.some((c) => c.id === id));
      if (unknown !== undefined) return { ok: false, error: `"${unknown}" is not a choice of this question` };
      if (new Set(answer.choices).size !== answer.choices.length) return { ok: false, error: "Each choice may be chosen once" };
      if (answer.choices.length !== instance.choose) return { ok: false, error: `Choose exactly ${instance.choose} answers (you chose ${answer.choices.length})` };
      return { ok: true, answer: { choices: [...answer.choices].sort() } };
    }
    case "numeric":
      if (!("value" in answer)) return { ok: false, error: "This question takes a number: { \"value\": 11 }" };
      return { ok: true, answer: { value: answer.value } };
  }
}

/** Whether a well-shaped answer is right (the grading itself is question-instance.ts's isCorrect). */
export function gradeAnswer(instance: QuestionInstance, answer: LearnerAnswer): boolean {
  return isCorrect(instance, answer as InstanceResponse);
}
