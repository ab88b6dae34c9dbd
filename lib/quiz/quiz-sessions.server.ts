import "server-only";
// Quiz sessions in the database: starting practice, exam and review sessions, answering, flagging,
// submitting, the score report and the overview. Every function takes the caller's own user id and every
// query is scoped by it; a session id that is unknown or someone else's is "not found". Each write that
// touches several rows runs in one transaction, and every refusal happens before any write.
import type { Db } from "../db/create-db";
import { ApiError } from "../http/json-response";
import { acceptsAnswerAt, completionTime, deadlineFor, isExpired, scoreAnswers } from "./exam-rules";
import { checkAnswerShape, gradeAnswer, type LearnerAnswer } from "./grading";
import { revealedResult } from "./public-question";
import type { QuestionBank } from "./question-bank.server";
import type { Question } from "./question-schema";
import { matchingQuestions, pickQuestions, type SessionQuestion } from "./question-selection";
import { instantiateQuestion, type QuestionInstance } from "./question-instance";
import { ratingFor, scheduleReview } from "./review-schedule";
import { buildScoreReport, type LessonInfo, type ScoreReport } from "./score-report";
import { QUIZ_MODES, type QuizMode, type SessionConfig } from "./session-schemas";
import { buildSessionView, type AnswerOutcome, type AnswerRecord, type AttemptRecord, type QuizOverview, type SessionView } from "./session-view";

type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
type Client = Db | Tx;

export interface QuizDeps {
  db: Db;
  bank: QuestionBank;
  /** The server's clock (tests inject one). */
  now(): Date;
  /** Randomness for question order and variant seeds. */
  random(): number;
}

export const SESSION_NOT_FOUND = "No quiz session with this id among yours";

const attemptSelect = {
  id: true,
  mode: true,
  config: true,
  questions: true,
  score: true,
  maxScore: true,
  startedAt: true,
  deadlineAt: true,
  completedAt: true,
} as const;
const answerSelect = { questionId: true, answer: true, correct: true, flagged: true, answeredAt: true } as const;

type AttemptRow = { id: string; mode: string; config: string; questions: string; score: number; maxScore: number; startedAt: Date; deadlineAt: Date | null; completedAt: Date | null };
type AnswerRow = { questionId: string; answer: string; correct: boolean; flagged: boolean; answeredAt: Date };

function parseJson(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

function toAttempt(row: AttemptRow): AttemptRecord {
  const questions = parseJson(row.questions, []);
  return {
    id: row.id,
    mode: (QUIZ_MODES as readonly string[]).includes(row.mode) ? (row.mode as QuizMode) : "practice",
    config: parseJson(row.config, {}),
    questions: Array.isArray(questions)
      ? questions.filter((q): q is SessionQuestion => typeof q?.questionId === "string" && typeof q?.seed === "number")
      : [],
    score: row.score,
    maxScore: row.maxScore,
    startedAt: row.startedAt,
    deadlineAt: row.deadlineAt,
    completedAt: row.completedAt,
  };
}

function toAnswer(row: AnswerRow): AnswerRecord {
  return { questionId: row.questionId, answer: parseJson(row.answer, null) as LearnerAnswer | null, correct: row.correct, flagged: row.flagged, answeredAt: row.answeredAt };
}

// Instances are deterministic for a question and seed; network questions run the engine, so keep them
// (per question object: a changed bank file gives new objects and so fresh instances).
const instanceCache = new WeakMap<Question, Map<number, QuestionInstance>>();

function instanceOf(question: Question, seed: number): QuestionInstance {
  let bySeed = instanceCache.get(question);
  if (!bySeed) instanceCache.set(question, (bySeed = new Map()));
  let instance = bySeed.get(seed);
  if (!instance) {
    instance = instantiateQuestion(question, seed);
    if (bySeed.size < 500) bySeed.set(seed, instance);
  }
  return instance;
}

function instantiable(question: Question | undefined, seed: number): boolean {
  if (!question) return false;
  try {
    instanceOf(question, seed);
    return true;
  } catch (error) {
    console.error(`[reachable] question ${question.id} cannot be instantiated with seed ${seed}`, error);
    return false;
  }
}

function instancesOf(bank: QuestionBank, questions: readonly SessionQuestion[]): Map<string, QuestionInstance> {
  const map = new Map<string, QuestionInstance>();
  for (const { questionId, seed } of questions) {
    const question = bank.get(questionId);
    if (question) map.set(questionId, instanceOf(question, seed));
  }
  return map;
}

async function findAttempt(client: Client, userId: string, sessionId: string): Promise<{ attempt: AttemptRecord; answers: AnswerRecord[] }> {
  const row = await client.quizAttempt.findFirst({
    where: { id: sessionId, userId },
    select: { ...attemptSelect, answers: { select: answerSelect } },
  });
  if (!row) throw new ApiError(404, SESSION_NOT_FOUND);
  return { attempt: toAttempt(row), answers: row.answers.map(toAnswer) };
}

/** Updates (or, for a miss or a hard one, creates) the learner's review card for a question. */
async function reviewQuestion(tx: Tx, userId: string, questionId: string, correct: boolean, hard: boolean, now: Date, always: boolean): Promise<void> {
  const existing = await tx.reviewCard.findFirst({ where: { userId, questionId }, select: { id: true, card: true } });
  if (!existing && correct && !hard && !always) return;
  const { json, due } = scheduleReview(existing?.card, ratingFor(correct, hard), now);
  if (existing) await tx.reviewCard.update({ where: { id: existing.id }, data: { card: json, due }, select: { id: true } });
  else await tx.reviewCard.create({ data: { userId, questionId, card: json, due }, select: { id: true } });
}

/**
 * Marks a session finished: score from the answers that arrived in time (unanswered = wrong). An exam's
 * misses go to spaced review. Does nothing if it was already finished (a concurrent submit won).
 */
async function finalise(tx: Tx, userId: string, attempt: AttemptRecord, answers: readonly AnswerRecord[], now: Date): Promise<AttemptRecord> {
  const ids = attempt.questions.map((q) => q.questionId);
  const { score, maxScore } = scoreAnswers(
    ids,
    answers.map((a) => ({ questionId: a.questionId, answered: a.answer !== null, correct: a.correct, answeredAt: a.answeredAt })),
    attempt.deadlineAt,
  );
  const completedAt = completionTime(attempt.deadlineAt, now);
  const { count } = await tx.quizAttempt.updateMany({ where: { id: attempt.id, userId, completedAt: null }, data: { score, maxScore, completedAt } });
  if (count === 0) return attempt;
  if (attempt.mode === "exam") {
    const inTime = new Map(answers.filter((a) => a.answer !== null && acceptsAnswerAt(attempt.deadlineAt, a.answeredAt)).map((a) => [a.questionId, a.correct]));
    for (const questionId of ids) await reviewQuestion(tx, userId, questionId, inTime.get(questionId) === true, false, now, false);
  }
  return { ...attempt, score, maxScore, completedAt };
}

/** Loads a session, finalising it first when it is an exam past its deadline and grace period. */
async function loadCurrent(deps: QuizDeps, userId: string, sessionId: string): Promise<{ attempt: AttemptRecord; answers: AnswerRecord[] }> {
  const now = deps.now();
  const found = await findAttempt(deps.db, userId, sessionId);
  if (found.attempt.completedAt || !isExpired(found.attempt.deadlineAt, now)) return found;
  return deps.db.$transaction(async (tx) => {
    const fresh = await findAttempt(tx, userId, sessionId);
    if (fresh.attempt.completedAt) return fresh;
    return { attempt: await finalise(tx, userId, fresh.attempt, fresh.answers, now), answers: fresh.answers };
  });
}

// ---- starting ----

export async function startSession(deps: QuizDeps, userId: string, config: SessionConfig): Promise<{ id: string }> {
  const now = deps.now();
  let questions: SessionQuestion[];
  let deadlineAt: Date | null = null;
  if (config.mode === "review") {
    const cards = await deps.db.reviewCard.findMany({ where: { userId }, select: { questionId: true }, orderBy: [{ due: "asc" }, { questionId: "asc" }] });
    const known = cards.filter((c) => deps.bank.get(c.questionId)).slice(0, config.length);
    if (known.length === 0) throw new ApiError(409, "Nothing to review yet: questions you miss or mark as hard in practice and exams come back here");
    questions = known.map((c) => ({ questionId: c.questionId, seed: Math.floor(deps.random() * 2 ** 31) }));
  } else {
    const knownTopics = new Set(deps.bank.all().flatMap((q) => q.topics));
    const topics = config.mode === "practice" ? config.topics : [];
    const unknown = topics.filter((t) => !knownTopics.has(t));
    if (unknown.length > 0) throw new ApiError(400, `Unknown topic: ${unknown.join(", ")}`, { topics: [`Unknown topic: ${unknown.join(", ")}`] });
    const pool = matchingQuestions(deps.bank.all(), { topics, domains: config.domains });
    if (pool.length === 0) throw new ApiError(400, "No questions match the chosen topics and domains", { domains: ["No questions match the chosen topics and domains"] });
    questions = [];
    // Every question picked must instantiate with its seed (a network question the engine refuses is skipped).
    for (const pick of pickQuestions(pool, pool.length, deps.random)) {
      if (questions.length >= config.length) break;
      if (instantiable(deps.bank.get(pick.questionId), pick.seed)) questions.push(pick);
    }
    if (questions.length === 0) throw new ApiError(400, "No questions match the chosen topics and domains", { domains: ["No questions match the chosen topics and domains"] });
    if (config.mode === "exam") deadlineAt = deadlineFor(now, config.minutes);
  }
  const row = await deps.db.quizAttempt.create({
    data: {
      userId,
      mode: config.mode,
      config: JSON.stringify({ ...config, available: questions.length }),
      questions: JSON.stringify(questions),
      maxScore: questions.length,
      startedAt: now,
      deadlineAt,
    },
    select: { id: true },
  });
  return { id: row.id };
}

// ---- reading ----

export async function getSessionView(deps: QuizDeps, userId: string, sessionId: string): Promise<SessionView> {
  const { attempt, answers } = await loadCurrent(deps, userId, sessionId);
  return buildSessionView(attempt, answers, instancesOf(deps.bank, attempt.questions), deps.now());
}

// ---- answering ----

function lateMessage(deadlineAt: Date): string {
  return `The time limit ended at ${deadlineAt.toISOString()}; this arrived too late and was not saved`;
}

/** Checks everything about a request naming a question of a session; throws the refusal, writes nothing. */
function checkQuestionInSession(deps: QuizDeps, attempt: AttemptRecord, questionId: string, now: Date): QuestionInstance {
  if (!deps.bank.get(questionId)) throw new ApiError(404, `No question with id "${questionId}"`, { questionId: [`No question with id "${questionId}"`] });
  const entry = attempt.questions.find((q) => q.questionId === questionId);
  if (!entry) throw new ApiError(409, `Question "${questionId}" is not part of this session`, { questionId: [`Question "${questionId}" is not part of this session`] });
  if (attempt.completedAt) throw new ApiError(409, attempt.mode === "exam" ? "This exam was already submitted" : "This session is finished");
  if (attempt.deadlineAt && !acceptsAnswerAt(attempt.deadlineAt, now)) throw new ApiError(409, lateMessage(attempt.deadlineAt));
  return instanceOf(deps.bank.get(questionId)!, entry.seed);
}

export async function answerQuestion(
  deps: QuizDeps,
  userId: string,
  sessionId: string,
  input: { questionId: string; answer: LearnerAnswer; hard: boolean },
): Promise<AnswerOutcome> {
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const { attempt, answers } = await findAttempt(tx, userId, sessionId);
    const instance = checkQuestionInSession(deps, attempt, input.questionId, now);
    const shape = checkAnswerShape(instance, input.answer);
    if (!shape.ok) throw new ApiError(400, shape.error, { answer: [shape.error] });
    const previous = answers.find((a) => a.questionId === input.questionId);
    if (attempt.mode !== "exam" && previous?.answer != null) throw new ApiError(409, "You already answered this question in this session");
    const correct = gradeAnswer(instance, shape.answer);
    const answerJson = JSON.stringify(shape.answer);
    await tx.quizAnswer.upsert({
      where: { quizAttemptId_questionId: { quizAttemptId: attempt.id, questionId: input.questionId } },
      create: { quizAttemptId: attempt.id, questionId: input.questionId, answer: answerJson, correct, answeredAt: now },
      update: { answer: answerJson, correct, answeredAt: now },
      select: { id: true },
    });
    if (attempt.mode === "exam") return { questionId: input.questionId, saved: true, revealed: false };
    await reviewQuestion(tx, userId, input.questionId, correct, input.hard, now, attempt.mode === "review");
    const record: AnswerRecord = { questionId: input.questionId, answer: shape.answer, correct, flagged: previous?.flagged ?? false, answeredAt: now };
    const all = [...answers.filter((a) => a.questionId !== input.questionId), record];
    const answeredAll = attempt.questions.every((q) => all.some((a) => a.questionId === q.questionId && a.answer !== null));
    if (answeredAll) await finalise(tx, userId, attempt, all, now);
    return { questionId: input.questionId, saved: true, revealed: true, correct, result: revealedResult(instance), completed: answeredAll };
  });
}

export async function flagQuestion(deps: QuizDeps, userId: string, sessionId: string, input: { questionId: string; flagged: boolean }): Promise<{ questionId: string; flagged: boolean }> {
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const { attempt } = await findAttempt(tx, userId, sessionId);
    checkQuestionInSession(deps, attempt, input.questionId, now);
    await tx.quizAnswer.upsert({
      where: { quizAttemptId_questionId: { quizAttemptId: attempt.id, questionId: input.questionId } },
      // A flag on a question not answered yet: the row holds a null answer, which counts as unanswered.
      create: { quizAttemptId: attempt.id, questionId: input.questionId, answer: "null", correct: false, flagged: input.flagged, answeredAt: now },
      update: { flagged: input.flagged },
      select: { id: true },
    });
    return { questionId: input.questionId, flagged: input.flagged };
  });
}

// ---- finishing ----

export async function submitSession(deps: QuizDeps, userId: string, sessionId: string): Promise<{ id: string; score: number; maxScore: number; late: boolean }> {
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const { attempt, answers } = await findAttempt(tx, userId, sessionId);
    if (attempt.completedAt) throw new ApiError(409, attempt.mode === "exam" ? "This exam was already submitted" : "This session is finished");
    const done = await finalise(tx, userId, attempt, answers, now);
    return { id: done.id, score: done.score, maxScore: done.maxScore, late: !acceptsAnswerAt(attempt.deadlineAt, now) };
  });
}

export async function getScoreReport(deps: QuizDeps, userId: string, sessionId: string, lessons: (slug: string) => LessonInfo | undefined): Promise<ScoreReport> {
  const { attempt, answers } = await loadCurrent(deps, userId, sessionId);
  if (!attempt.completedAt) throw new ApiError(409, attempt.mode === "exam" ? "Submit the exam to see its score report" : "Finish the session to see its score report");
  return buildScoreReport({ ...attempt, completedAt: attempt.completedAt }, answers, instancesOf(deps.bank, attempt.questions), lessons);
}

// ---- overview ----

export async function getQuizOverview(deps: QuizDeps, userId: string): Promise<QuizOverview> {
  const now = deps.now();
  const [due, total, next, open] = await Promise.all([
    deps.db.reviewCard.count({ where: { userId, due: { lte: now } } }),
    deps.db.reviewCard.count({ where: { userId } }),
    deps.db.reviewCard.findFirst({ where: { userId }, orderBy: { due: "asc" }, select: { due: true } }),
    deps.db.quizAttempt.findMany({
      where: { userId, completedAt: null },
      orderBy: { startedAt: "desc" },
      take: 10,
      select: { ...attemptSelect, answers: { select: { answer: true } } },
    }),
  ]);
  const active = open
    .map((row) => ({ attempt: toAttempt(row), answered: row.answers.filter((a) => a.answer !== "null").length }))
    .filter(({ attempt }) => !isExpired(attempt.deadlineAt, now))
    .map(({ attempt, answered }) => ({
      id: attempt.id,
      mode: attempt.mode,
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      answered,
      total: attempt.questions.length,
    }));
  return { review: { due, total, nextDueAt: next?.due.toISOString() ?? null }, active };
}
