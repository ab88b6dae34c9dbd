// One attempt's view of a question: a uniform, gradable form for every kind of question in the bank.
// The quiz modes (practice, timed exam, spaced review) present and grade instances, never raw questions,
// so they need not know how a kind is stored. Pure: no React, no server code.
import { fillNetworkTexts, networkAttempt } from "./network-question";
import type { Question, QuestionDomain } from "./question-schema";

export type InstanceKind = "single" | "multiple" | "numeric";

export interface InstanceChoice {
  readonly id: string;
  readonly text: string;
}

/** Diagram data for a network question: the snapshot as attempted (after any variant) and ids to highlight. */
export interface InstanceNetwork {
  readonly snapshot: Record<string, unknown>;
  readonly focus?: readonly string[];
}

export type InstanceKey = string | { readonly ids: readonly string[] } | { readonly value: number; readonly tolerance: number };

interface InstanceCommon {
  readonly questionId: string;
  /** The seed this instance was made with (ignored by kinds without variants, but kept for replay). */
  readonly seed: number;
  /** The stored question's kind ("network" questions are presented as single or multiple choice). */
  readonly questionKind: Question["kind"];
  readonly stem: string;
  /** Why the right answer is right. */
  readonly explanation: string;
  readonly lesson: { readonly slug: string; readonly section: string };
  readonly domains: readonly QuestionDomain[];
  readonly topics: readonly string[];
  readonly difficulty: 1 | 2 | 3;
  readonly network?: InstanceNetwork;
  /** Network questions: the engine's one-sentence finding for the asked connection (reveal it with the explanation only). */
  readonly engineFinding?: string;
}

export interface SingleInstance extends InstanceCommon {
  readonly kind: "single";
  readonly choices: readonly InstanceChoice[];
  /** The id of the one right choice. */
  readonly key: string;
  readonly choiceExplanations: Readonly<Record<string, string>>;
  readonly choose?: undefined;
}

export interface MultipleInstance extends InstanceCommon {
  readonly kind: "multiple";
  readonly choices: readonly InstanceChoice[];
  /** "Choose N". */
  readonly choose: number;
  readonly key: { readonly ids: readonly string[] };
  readonly choiceExplanations: Readonly<Record<string, string>>;
}

export interface NumericInstance extends InstanceCommon {
  readonly kind: "numeric";
  readonly key: { readonly value: number; readonly tolerance: number };
  readonly choices?: undefined;
  readonly choose?: undefined;
  /** Always empty (kept so every kind has the field). */
  readonly choiceExplanations: Readonly<Record<string, string>>;
}

export type QuestionInstance = SingleInstance | MultipleInstance | NumericInstance;

/** The response a learner gives to an instance. */
export type InstanceResponse = { readonly choice: string } | { readonly choices: readonly string[] } | { readonly value: number };

function common(question: Question, seed: number): InstanceCommon {
  return {
    questionId: question.id,
    seed,
    questionKind: question.kind,
    stem: question.stem,
    explanation: question.explanation,
    lesson: { slug: question.lesson.slug, section: question.lesson.section },
    domains: question.domains,
    topics: question.topics,
    difficulty: question.difficulty,
  };
}

function explanationsOf(choices: readonly { id: string; explanation: string }[]): Record<string, string> {
  return Object.fromEntries(choices.map((c) => [c.id, c.explanation]));
}

/**
 * The instance of `question` for one attempt. Deterministic: the same question and seed always give the same
 * instance. Kinds without variants ignore the seed. A network question's key is computed by the engine here;
 * throws NetworkQuestionError when the engine does not find exactly `choose` right choices (a broken question,
 * which the bank test refuses in CI).
 */
export function instantiateQuestion(question: Question, seed: number): QuestionInstance {
  switch (question.kind) {
    case "single":
      return {
        ...common(question, seed),
        kind: "single",
        choices: question.choices.map((c) => ({ id: c.id, text: c.text })),
        key: question.answer,
        choiceExplanations: explanationsOf(question.choices),
      };
    case "multiple":
      return {
        ...common(question, seed),
        kind: "multiple",
        choices: question.choices.map((c) => ({ id: c.id, text: c.text })),
        choose: question.answer.choose,
        key: { ids: [...question.answer.ids].sort() },
        choiceExplanations: explanationsOf(question.choices),
      };
    case "numeric":
      return {
        ...common(question, seed),
        kind: "numeric",
        key: { value: question.answer.value, tolerance: question.answer.tolerance ?? 0 },
        choiceExplanations: {},
      };
    case "network":
      return instantiateNetwork(question, seed);
  }
}

/**
 * A network question as single choice (or "choose N"): the network rewritten for the seed when the question has
 * a variant, its texts filled from that rewrite, and the key computed by the engine (never stored).
 */
function instantiateNetwork(question: Extract<Question, { kind: "network" }>, seed: number): SingleInstance | MultipleInstance {
  const evaluation = networkAttempt(question, seed);
  const texts = fillNetworkTexts(question, evaluation.rewrite);
  const shared = {
    ...common(question, seed),
    stem: texts.stem,
    explanation: texts.explanation,
    choices: texts.choices.map(({ id, text }) => ({ id, text })),
    choiceExplanations: explanationsOf(texts.choices),
    network: { snapshot: evaluation.snapshot, ...(texts.focus ? { focus: texts.focus } : {}) },
    engineFinding: evaluation.analysis.NetworkPathFound
      ? "The engine finds a path, and the reply returns."
      : (evaluation.analysis.Explanations[0]?.Explanation ?? "The engine finds no path."),
  };
  const choose = question.choose ?? 1;
  if (choose === 1) return { ...shared, kind: "single", key: evaluation.correct[0]! };
  return { ...shared, kind: "multiple", choose, key: { ids: [...evaluation.correct].sort() } };
}

/** True when `response` answers `instance` correctly (exactly the key's choices for "choose N"). */
export function isCorrect(instance: QuestionInstance, response: InstanceResponse): boolean {
  switch (instance.kind) {
    case "single":
      return "choice" in response && response.choice === instance.key;
    case "multiple": {
      if (!("choices" in response)) return false;
      const given = new Set(response.choices);
      return given.size === instance.key.ids.length && instance.key.ids.every((id) => given.has(id));
    }
    case "numeric":
      return "value" in response && Number.isFinite(response.value) && Math.abs(response.value - instance.key.value) <= instance.key.tolerance;
  }
}
