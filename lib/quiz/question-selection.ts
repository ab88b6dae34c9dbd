// Picking a session's questions: filter the bank by topics or domains, shuffle with a seeded generator,
// take the requested number, and give each question a variant seed. Pure: randomness is injected.
import type { Question } from "./question-schema";

export interface SelectionFilter {
  topics?: readonly string[];
  domains?: readonly string[];
}

/** Questions matching any chosen topic or any chosen domain; everything when nothing is chosen. */
export function matchingQuestions(bank: readonly Question[], filter: SelectionFilter): Question[] {
  const topics = new Set(filter.topics ?? []);
  const domains = new Set(filter.domains ?? []);
  if (topics.size === 0 && domains.size === 0) return [...bank];
  return bank.filter((q) => q.topics.some((t) => topics.has(t)) || q.domains.some((d) => domains.has(d)));
}

/** A small deterministic generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface SessionQuestion {
  questionId: string;
  seed: number;
}

/** Up to `length` of the given questions in a random order, each with its own variant seed. */
export function pickQuestions(pool: readonly Question[], length: number, random: () => number): SessionQuestion[] {
  return shuffled(pool, random)
    .slice(0, Math.max(0, length))
    .map((q) => ({ questionId: q.id, seed: Math.floor(random() * 2 ** 31) }));
}
