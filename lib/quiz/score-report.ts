// The score report of a finished session: the score, the score per exam domain (weakest first) and the
// lesson sections behind the questions missed, to revisit.
import { domainLabel } from "./domains";
import { domainMastery } from "./mastery";
import type { QuestionInstance } from "./question-instance";
import type { AnswerRecord, AttemptRecord } from "./session-view";
import { acceptsAnswerAt } from "./exam-rules";

export interface LessonInfo {
  title: string;
  /** The heading text of a section id, if the lesson has it. */
  heading(section: string): string | undefined;
}

export interface ScoreReport {
  id: string;
  mode: AttemptRecord["mode"];
  score: number;
  maxScore: number;
  percent: number;
  startedAt: string;
  completedAt: string;
  deadlineAt: string | null;
  unanswered: number;
  domains: { domain: string; label: string; correct: number; total: number; percent: number }[];
  revisit: { slug: string; title: string; missed: number; sections: { id: string; heading: string }[] }[];
}

export function buildScoreReport(
  attempt: AttemptRecord & { completedAt: Date },
  answers: readonly AnswerRecord[],
  instances: ReadonlyMap<string, QuestionInstance>,
  lessons: (slug: string) => LessonInfo | undefined,
): ScoreReport {
  const inTime = new Map(
    answers.filter((a) => a.answer !== null && acceptsAnswerAt(attempt.deadlineAt, a.answeredAt)).map((a) => [a.questionId, a.correct]),
  );
  const graded = attempt.questions.flatMap(({ questionId }) => {
    const instance = instances.get(questionId);
    return instance ? [{ questionId, correct: inTime.get(questionId) === true, answered: inTime.has(questionId), instance }] : [];
  });
  const domains = domainMastery(graded.map((g) => ({ questionId: g.questionId, correct: g.correct, domains: g.instance.domains }))).map((m) => ({
    domain: m.domain,
    label: domainLabel(m.domain),
    correct: m.correct,
    total: m.answered,
    percent: m.percent,
  }));
  const revisit = new Map<string, ScoreReport["revisit"][number]>();
  for (const g of graded) {
    if (g.correct) continue;
    const { slug, section } = g.instance.lesson;
    const info = lessons(slug);
    const entry = revisit.get(slug) ?? { slug, title: info?.title ?? slug, missed: 0, sections: [] };
    entry.missed += 1;
    if (!entry.sections.some((s) => s.id === section)) entry.sections.push({ id: section, heading: info?.heading(section) ?? section });
    revisit.set(slug, entry);
  }
  return {
    id: attempt.id,
    mode: attempt.mode,
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: attempt.maxScore > 0 ? Math.round((attempt.score / attempt.maxScore) * 100) : 0,
    startedAt: attempt.startedAt.toISOString(),
    completedAt: attempt.completedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    unanswered: graded.filter((g) => !g.answered).length,
    domains,
    revisit: [...revisit.values()].sort((a, b) => b.missed - a.missed || a.title.localeCompare(b.title)),
  };
}
