// What a learner has selected or typed for a question, before it becomes an API answer.
import type { LearnerAnswer } from "@/lib/quiz/grading";
import type { PublicQuestion } from "@/lib/quiz/public-question";

export interface AnswerDraft {
  choice?: string;
  choices?: string[];
  value?: string;
}

export function draftFromAnswer(answer: LearnerAnswer | null): AnswerDraft {
  if (!answer) return {};
  if ("choice" in answer) return { choice: answer.choice };
  if ("choices" in answer) return { choices: [...answer.choices] };
  return { value: String(answer.value) };
}

export type DraftCheck = { ok: true; answer: LearnerAnswer } | { ok: false; error: string };

/** The answer a draft makes, or what is missing. */
export function answerFromDraft(question: PublicQuestion, draft: AnswerDraft): DraftCheck {
  if (question.kind === "single") return draft.choice ? { ok: true, answer: { choice: draft.choice } } : { ok: false, error: "Choose an answer first." };
  if (question.kind === "multiple") {
    const chosen = draft.choices ?? [];
    const need = question.choose ?? 2;
    if (chosen.length !== need) return { ok: false, error: `Choose exactly ${need} answers (you have chosen ${chosen.length}).` };
    return { ok: true, answer: { choices: [...chosen].sort() } };
  }
  const text = (draft.value ?? "").trim().replace(/,/g, "");
  if (text === "") return { ok: false, error: "Type a number first." };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: `"${draft.value}" is not a number.` };
  return { ok: true, answer: { value } };
}

export function sameAnswer(a: LearnerAnswer | null, b: LearnerAnswer | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
