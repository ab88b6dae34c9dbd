// The zod shapes of the exercise API's requests (docs/api/exercises.md). Pure.
import { z } from "zod";
import { changesSchema } from "./exercise-schema";

/** An exercise id in a URL: kebab-case, as in content/exercises/<id>.json. */
export const exerciseIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

/** An attempt id in a URL (a cuid); anything else is simply not found. */
export const attemptIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);

/**
 * POST /api/exercises/:id/attempts. Only the changes: any other field (a "solved" or "passed" claim, goal
 * results, a score, a user id) is refused by name, since the server grades on its own.
 */
export const submissionSchema = z.strictObject({ changes: changesSchema });

/** POST /api/exercises/:id/hints: optionally the tier asked for (1 = the first), which makes retries idempotent. */
export const hintRequestSchema = z.strictObject({ tier: z.number().int().min(1).max(10).optional() });

/** GET requests of this API take no query parameters. */
export const noQuerySchema = z.strictObject({});
