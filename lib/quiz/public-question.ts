// What the browser may see of a question before the learner has answered it: the stem, the choices'
// texts, "choose N" and a network diagram. Never the key, the explanations or the lesson section (which
// can give the answer away). `revealedResult` is what it may see afterwards.
import type { InstanceKey, QuestionInstance } from "./question-instance";
import type { QuestionDomain } from "./question-schema";

export interface PublicQuestion {
  questionId: string;
  kind: QuestionInstance["kind"];
  stem: string;
  choices?: { id: string; text: string }[];
  choose?: number;
  network?: { snapshot: Record<string, unknown>; focus?: string[] };
  domains: QuestionDomain[];
}

export interface RevealedResult {
  key: InstanceKey;
  explanation: string;
  choiceExplanations: Record<string, string>;
  lesson: { slug: string; section: string };
  /** Network questions: the engine's finding for the asked connection. */
  engineFinding?: string;
}

/** Built field by field (never by spreading the instance), so a new secret field cannot slip through. */
export function publicQuestion(instance: QuestionInstance): PublicQuestion {
  const view: PublicQuestion = {
    questionId: instance.questionId,
    kind: instance.kind,
    stem: instance.stem,
    domains: [...instance.domains],
  };
  if (instance.kind !== "numeric") view.choices = instance.choices.map(({ id, text }) => ({ id, text }));
  if (instance.kind === "multiple") view.choose = instance.choose;
  if (instance.network) {
    view.network = { snapshot: instance.network.snapshot };
    if (instance.network.focus) view.network.focus = [...instance.network.focus];
  }
  return view;
}

export function revealedResult(instance: QuestionInstance): RevealedResult {
  const result: RevealedResult = {
    key: instance.key,
    explanation: instance.explanation,
    choiceExplanations: instance.kind === "numeric" ? {} : { ...instance.choiceExplanations },
    lesson: { ...instance.lesson },
  };
  if (instance.engineFinding) result.engineFinding = instance.engineFinding;
  return result;
}
