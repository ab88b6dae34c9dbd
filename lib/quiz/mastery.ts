// Per-domain mastery from a learner's graded answers: the share answered correctly, lowest first, so the
// dashboard can point at the weakest domains. A domain needs a few answers before it is ranked as weak.
import { DOMAINS, type QuestionDomain } from "./question-schema";

export interface GradedAnswer {
  questionId: string;
  correct: boolean;
  domains: readonly string[];
}

export interface DomainMastery {
  domain: QuestionDomain;
  answered: number;
  correct: number;
  /** Whole percent correct, 0..100. */
  percent: number;
}

/** One entry per domain with at least one answer, weakest first (ties: more answers first, then name). */
export function domainMastery(answers: readonly GradedAnswer[]): DomainMastery[] {
  const tally = new Map<QuestionDomain, { answered: number; correct: number }>();
  for (const answer of answers) {
    for (const domain of new Set(answer.domains)) {
      if (!(DOMAINS as readonly string[]).includes(domain)) continue;
      const entry = tally.get(domain as QuestionDomain) ?? { answered: 0, correct: 0 };
      entry.answered += 1;
      if (answer.correct) entry.correct += 1;
      tally.set(domain as QuestionDomain, entry);
    }
  }
  return [...tally.entries()]
    .map(([domain, { answered, correct }]) => ({ domain, answered, correct, percent: Math.round((correct / answered) * 100) }))
    .sort((a, b) => a.correct / a.answered - b.correct / b.answered || b.answered - a.answered || a.domain.localeCompare(b.domain));
}
