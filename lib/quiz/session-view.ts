// What GET /api/quizzes/sessions/:id returns: the session's questions as public views, the learner's own
// saved answers and flags, the time left by the server's clock, and results (correctness, key,
// explanations) only where the rules allow: answered questions in practice and review, every question
// once a session is finished. A running exam reveals nothing.
import { remainingMs } from "./exam-rules";
import type { LearnerAnswer } from "./grading";
import { publicQuestion, revealedResult, type PublicQuestion, type RevealedResult } from "./public-question";
import type { QuestionInstance } from "./question-instance";
import type { QuizMode } from "./session-schemas";

export interface AttemptRecord {
  id: string;
  mode: QuizMode;
  config: unknown;
  questions: { questionId: string; seed: number }[];
  score: number;
  maxScore: number;
  startedAt: Date;
  deadlineAt: Date | null;
  completedAt: Date | null;
}

export interface AnswerRecord {
  questionId: string;
  /** Null for a question only flagged, never answered. */
  answer: LearnerAnswer | null;
  correct: boolean;
  flagged: boolean;
  answeredAt: Date;
}

export interface QuestionView {
  position: number;
  question: PublicQuestion;
  answer: LearnerAnswer | null;
  flagged: boolean;
  correct?: boolean;
  result?: RevealedResult;
}

export interface SessionView {
  id: string;
  mode: QuizMode;
  config: unknown;
  status: "active" | "completed";
  startedAt: string;
  deadlineAt: string | null;
  completedAt: string | null;
  /** The server's clock when this view was made, so the browser can correct its own. */
  serverNow: string;
  remainingMs: number | null;
  answeredCount: number;
  /** Only when the score is no secret: practice and review always, exams once finished. */
  score: { score: number; maxScore: number } | null;
  questions: QuestionView[];
}

/** POST /api/quizzes/sessions/:id/answers: an exam answer is only saved; practice and review reveal the result. */
export type AnswerOutcome =
  | { questionId: string; saved: true; revealed: false }
  | { questionId: string; saved: true; revealed: true; correct: boolean; result: RevealedResult; completed: boolean };

/** GET /api/quizzes/overview: review cards due, and unfinished sessions still open. */
export interface QuizOverview {
  review: { due: number; total: number; nextDueAt: string | null };
  active: { id: string; mode: QuizMode; startedAt: string; deadlineAt: string | null; answered: number; total: number }[];
}

export function mayReveal(mode: QuizMode, completed: boolean, answered: boolean): boolean {
  if (completed) return true;
  return mode !== "exam" && answered;
}

export function buildSessionView(attempt: AttemptRecord, answers: readonly AnswerRecord[], instances: ReadonlyMap<string, QuestionInstance>, now: Date): SessionView {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const completed = attempt.completedAt !== null;
  let answeredCount = 0;
  let correctCount = 0;
  const questions = attempt.questions.flatMap(({ questionId }, index): QuestionView[] => {
    const instance = instances.get(questionId);
    if (!instance) return [];
    const saved = byQuestion.get(questionId);
    const answer = saved?.answer ?? null;
    if (answer !== null) answeredCount += 1;
    if (answer !== null && saved?.correct) correctCount += 1;
    const view: QuestionView = { position: index + 1, question: publicQuestion(instance), answer, flagged: saved?.flagged ?? false };
    if (mayReveal(attempt.mode, completed, answer !== null)) {
      view.correct = answer !== null && (saved?.correct ?? false);
      view.result = revealedResult(instance);
    }
    return [view];
  });
  let score: SessionView["score"] = null;
  if (completed) score = { score: attempt.score, maxScore: attempt.maxScore };
  else if (attempt.mode !== "exam") score = { score: correctCount, maxScore: attempt.questions.length };
  return {
    id: attempt.id,
    mode: attempt.mode,
    config: attempt.config,
    status: completed ? "completed" : "active",
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    completedAt: attempt.completedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    remainingMs: completed ? null : remainingMs(attempt.deadlineAt, now),
    answeredCount,
    score,
    questions,
  };
}
