import "server-only";
// The exercise API's endpoints (docs/api/exercises.md) as plain functions of the request, the database, the
// catalogue and the caller, so they are tested against a real database without a session. The route handlers
// in app/api/exercises/** and app/api/exercise-attempts/** authorize the caller and call these.
//
// Every endpoint returns JSON. Nothing here ever returns an exercise's solution, a hidden goal's query or
// expectation, or a hint the caller has not revealed.
import type { CurrentUser } from "../auth/authorizer";
import type { Db } from "../db/create-db";
import { ApiError, jsonError, jsonOk } from "../http/json-response";
import { readJsonBody, readOptionalJsonBody } from "../http/read-json-body";
import { ChangeRefused } from "./apply-changes";
import { attemptIdSchema, exerciseIdSchema, hintRequestSchema, submissionSchema } from "./exercise-api-schemas";
import { BUSY_TRANSACTION, findAttempt, latestAttempt, listAttempts, recordGradedAttempt, statusesFor, statusOf } from "./exercise-attempts.server";
import type { ExerciseCatalogue } from "./exercise-catalogue.server";
import { HintRefused, revealedHints, revealHint } from "./exercise-hints.server";
import type { Exercise } from "./exercise-schema";
import { recordStart } from "./exercise-starts.server";
import { gradeSubmission, type GradedSubmission } from "./grade-submission";
import { exerciseSummary, publicExercise } from "./exercise-view";
import { SUBMISSION_RATE_LIMIT, submissionRateLimitedMessage, submissionRateLimitKey, type RateLimit } from "./rate-limit";
import { takeRateLimitSlotIn } from "./rate-limit-store.server";

export interface ExerciseApiContext {
  database: Db;
  catalogue: ExerciseCatalogue;
  /** The signed-in caller (null for a visitor, where an endpoint allows visitors). */
  user: CurrentUser | null;
  now?: Date;
}

export type SignedIn = ExerciseApiContext & { user: CurrentUser };

/** The exercise named in the URL, or a 404 naming it. */
export function exerciseOr404(catalogue: ExerciseCatalogue, id: string): Exercise {
  const exercise = exerciseIdSchema.safeParse(id).success ? catalogue.get(id) : null;
  if (!exercise) throw new ApiError(404, `There is no exercise "${id.slice(0, 100)}".`);
  return exercise;
}

/** GET /api/exercises */
export async function listExercisesResponse({ database, catalogue, user }: ExerciseApiContext): Promise<Response> {
  const exercises = catalogue.list();
  const statuses = user ? await statusesFor(database, user.id, exercises.map((e) => e.id)) : null;
  return jsonOk({ exercises: exercises.map((e) => (statuses ? { ...exerciseSummary(e), status: statuses[e.id] } : exerciseSummary(e))) });
}

/** GET /api/exercises/:id */
export async function exerciseResponse({ database, catalogue, user }: ExerciseApiContext, id: string): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  if (!user) return jsonOk({ exercise: publicExercise(exercise), revealedHints: [] });
  const [hints, status, latest] = await Promise.all([
    revealedHints(database, user.id, exercise),
    statusOf(database, user.id, exercise.id),
    latestAttempt(database, user.id, exercise),
  ]);
  return jsonOk({ exercise: publicExercise(exercise), revealedHints: hints, status, latestAttempt: latest });
}

/** POST /api/exercises/:id/start */
export async function startResponse({ database, catalogue, user, now }: SignedIn, id: string): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  return jsonOk(await recordStart(database, user.id, exercise.id, now));
}

/** GET /api/exercises/:id/hints */
export async function hintsResponse({ database, catalogue, user }: SignedIn, id: string): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  return jsonOk({ revealedHints: await revealedHints(database, user.id, exercise), total: exercise.hints.length });
}

/** POST /api/exercises/:id/hints, body {} or { tier } (or none). */
export async function revealHintResponse({ database, catalogue, user }: SignedIn, id: string, request: Request): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  const { tier } = (await readOptionalJsonBody(request, hintRequestSchema)) ?? {};
  try {
    return jsonOk(await revealHint(database, user.id, exercise, tier));
  } catch (error) {
    if (error instanceof HintRefused) throw new ApiError(error.status, error.message);
    throw error;
  }
}

/**
 * POST /api/exercises/:id/attempts, body { changes }. Counted against the caller's submission limit first (its
 * own short transaction; every well-formed submission counts, refused changes too), then graded on the server's
 * own copy outside any transaction (the engine's work never holds SQLite's write lock), then recorded in one
 * transaction. A refused change answers 400 { error, path } and records no attempt.
 */
export async function submitResponse(
  { database, catalogue, user, now = new Date() }: SignedIn,
  id: string,
  request: Request,
  limit: RateLimit = SUBMISSION_RATE_LIMIT,
): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  const { changes } = await readJsonBody(request, submissionSchema);
  const slot = await database.$transaction((tx) => takeRateLimitSlotIn(tx, submissionRateLimitKey(user.id), limit, now), BUSY_TRANSACTION);
  if (!slot.allowed) {
    return jsonError(429, submissionRateLimitedMessage(slot.retryAfterSeconds, limit), undefined, { "Retry-After": String(slot.retryAfterSeconds) });
  }
  let graded: GradedSubmission;
  try {
    graded = gradeSubmission(exercise, changes);
  } catch (error) {
    if (error instanceof ChangeRefused) return Response.json({ error: error.message, path: error.path }, { status: 400, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
  const attempt = await database.$transaction((tx) => recordGradedAttempt(tx, user.id, exercise, changes, graded, now), BUSY_TRANSACTION);
  return jsonOk({ attempt }, 201);
}

/** GET /api/exercises/:id/attempts */
export async function attemptsResponse({ database, catalogue, user }: SignedIn, id: string): Promise<Response> {
  const exercise = exerciseOr404(catalogue, id);
  return jsonOk({ attempts: await listAttempts(database, user.id, exercise) });
}

/** GET /api/exercise-attempts/:attemptId: one of the caller's attempts; 404 for anyone else's. */
export async function attemptResponse({ database, catalogue, user }: SignedIn, attemptId: string): Promise<Response> {
  const attempt = attemptIdSchema.safeParse(attemptId).success ? await findAttempt(database, user.id, attemptId, (id) => catalogue.get(id)) : null;
  if (!attempt) throw new ApiError(404, "There is no attempt of yours with that id.");
  return jsonOk({ attempt });
}
