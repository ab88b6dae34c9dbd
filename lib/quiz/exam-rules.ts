// The rules of a timed exam, as pure functions of the server's clock. The deadline is the start plus
// the time limit; answers arriving within a short grace period after it (network latency, a slow
// submit at 0:00) still count; anything later is refused, and an exam past deadline + grace is
// finalised with only the answers that arrived in time (an unanswered question counts as wrong).

export const EXAM_DEFAULTS = { length: 65, minutes: 130 } as const;
export const EXAM_LIMITS = { minLength: 1, maxLength: 100, minMinutes: 1, maxMinutes: 240 } as const;
/** Answers up to this long after the deadline are still accepted. */
export const GRACE_MS = 5_000;

export function deadlineFor(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * 60_000);
}

/** Whether an answer arriving at `now` is in time. */
export function acceptsAnswerAt(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt === null || now.getTime() <= deadlineAt.getTime() + GRACE_MS;
}

/** Whether the exam is past its deadline and grace period, so the server must finalise it. */
export function isExpired(deadlineAt: Date | null, now: Date): boolean {
  return !acceptsAnswerAt(deadlineAt, now);
}

/** Milliseconds left until the deadline (never negative); null for untimed sessions. */
export function remainingMs(deadlineAt: Date | null, now: Date): number | null {
  return deadlineAt === null ? null : Math.max(0, deadlineAt.getTime() - now.getTime());
}

/** When a finalised exam counts as completed: now, or the deadline if it was submitted late. */
export function completionTime(deadlineAt: Date | null, now: Date): Date {
  if (deadlineAt === null || acceptsAnswerAt(deadlineAt, now)) return now;
  return deadlineAt;
}

export interface StoredAnswer {
  questionId: string;
  answered: boolean;
  correct: boolean;
  answeredAt: Date;
}

/** The score of a set of questions: one point per question answered correctly in time. */
export function scoreAnswers(questionIds: readonly string[], answers: readonly StoredAnswer[], deadlineAt: Date | null): { score: number; maxScore: number } {
  const inTime = new Map(
    answers.filter((a) => a.answered && acceptsAnswerAt(deadlineAt, a.answeredAt)).map((a) => [a.questionId, a.correct]),
  );
  const score = questionIds.filter((id) => inTime.get(id) === true).length;
  return { score, maxScore: questionIds.length };
}
