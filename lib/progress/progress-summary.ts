// Turns a learner's stored progress rows into what the dashboard and GET /api/progress show.

export interface LessonRow {
  lessonSlug: string;
  completedAt: Date;
}
export interface ExerciseAttemptRow {
  id: string;
  exerciseSlug: string;
  solved: boolean;
  createdAt: Date;
}
export interface QuizAttemptRow {
  id: string;
  mode: string;
  score: number;
  maxScore: number;
  startedAt: Date;
  completedAt: Date | null;
}

export interface ProgressSummary {
  lessons: { lessonSlug: string; completedAt: string }[];
  exercises: {
    attempted: number;
    solved: number;
    recent: { id: string; exerciseSlug: string; solved: boolean; attemptedAt: string }[];
    /** One row per exercise attempted, most recently attempted first: solved once any attempt solved it. */
    byExercise: { exerciseSlug: string; status: "attempted" | "solved"; attempts: number; lastAttemptAt: string }[];
  };
  quizzes: {
    attempts: { id: string; mode: string; score: number; maxScore: number; percent: number; completedAt: string | null }[];
    bestPercentByMode: Record<string, number>;
  };
}

const percentOf = (score: number, maxScore: number) => (maxScore > 0 ? Math.round((score / maxScore) * 100) : 0);

function exercisesByExercise(attempts: readonly ExerciseAttemptRow[]): ProgressSummary["exercises"]["byExercise"] {
  const rows = new Map<string, { solved: boolean; attempts: number; last: Date }>();
  for (const a of attempts) {
    const row = rows.get(a.exerciseSlug) ?? { solved: false, attempts: 0, last: a.createdAt };
    row.solved ||= a.solved;
    row.attempts += 1;
    if (a.createdAt > row.last) row.last = a.createdAt;
    rows.set(a.exerciseSlug, row);
  }
  return [...rows]
    .sort(([slugA, a], [slugB, b]) => b.last.getTime() - a.last.getTime() || slugA.localeCompare(slugB))
    .map(([exerciseSlug, row]) => ({ exerciseSlug, status: row.solved ? "solved" : "attempted", attempts: row.attempts, lastAttemptAt: row.last.toISOString() }));
}

export function summarizeProgress(lessons: LessonRow[], exerciseAttempts: ExerciseAttemptRow[], quizAttempts: QuizAttemptRow[]): ProgressSummary {
  const attempted = new Set(exerciseAttempts.map((a) => a.exerciseSlug));
  const solved = new Set(exerciseAttempts.filter((a) => a.solved).map((a) => a.exerciseSlug));
  const bestPercentByMode: Record<string, number> = {};
  for (const attempt of quizAttempts) {
    if (!attempt.completedAt) continue;
    const percent = percentOf(attempt.score, attempt.maxScore);
    bestPercentByMode[attempt.mode] = Math.max(bestPercentByMode[attempt.mode] ?? 0, percent);
  }
  return {
    lessons: [...lessons]
      .sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime() || a.lessonSlug.localeCompare(b.lessonSlug))
      .map((l) => ({ lessonSlug: l.lessonSlug, completedAt: l.completedAt.toISOString() })),
    exercises: {
      attempted: attempted.size,
      solved: solved.size,
      recent: [...exerciseAttempts]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, 10)
        .map((a) => ({ id: a.id, exerciseSlug: a.exerciseSlug, solved: a.solved, attemptedAt: a.createdAt.toISOString() })),
      byExercise: exercisesByExercise(exerciseAttempts),
    },
    quizzes: {
      attempts: [...quizAttempts]
        .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
        .map((a) => ({
          id: a.id,
          mode: a.mode,
          score: a.score,
          maxScore: a.maxScore,
          percent: percentOf(a.score, a.maxScore),
          completedAt: a.completedAt?.toISOString() ?? null,
        })),
      bestPercentByMode,
    },
  };
}
