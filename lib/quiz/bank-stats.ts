// What the Quizzes page offers to practise: each topic and domain with its number of questions.
import { DOMAINS, type Question, type QuestionDomain } from "./question-schema";
import { domainLabel, topicLabel } from "./domains";

export interface BankStats {
  total: number;
  domains: { id: QuestionDomain; label: string; count: number }[];
  topics: { id: string; label: string; count: number }[];
}

export function bankStats(questions: readonly Question[]): BankStats {
  const topics = new Map<string, number>();
  const domains = new Map<string, number>();
  for (const q of questions) {
    for (const t of new Set(q.topics)) topics.set(t, (topics.get(t) ?? 0) + 1);
    for (const d of new Set(q.domains)) domains.set(d, (domains.get(d) ?? 0) + 1);
  }
  return {
    total: questions.length,
    domains: DOMAINS.filter((d) => domains.has(d)).map((d) => ({ id: d, label: domainLabel(d), count: domains.get(d) ?? 0 })),
    topics: [...topics.entries()]
      .map(([id, count]) => ({ id, label: topicLabel(id), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}
