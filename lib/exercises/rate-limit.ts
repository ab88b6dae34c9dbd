// A sliding-window rate limit: at most `max` counted requests per `windowMs` for one key. The rule is pure;
// rate-limit-store.server.ts checks and counts atomically in the database (RateLimitHit), so the limit holds
// across restarts and processes.

export interface RateLimit {
  windowMs: number;
  max: number;
}

/** Graded submissions per learner: 30 a minute, far above what a person types, far below a script's pace. */
export const SUBMISSION_RATE_LIMIT: RateLimit = { windowMs: 60_000, max: 30 };

export const submissionRateLimitKey = (userId: string) => `exercise-submit:${userId}`;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides from the times of the counted requests still in the window (any order). When refused, says how
 * long until enough of them leave the window for one more request (at least 1 second).
 */
export function decideRateLimit(hits: readonly Date[], now: Date, limit: RateLimit): RateLimitDecision {
  const since = now.getTime() - limit.windowMs;
  const inWindow = hits.map((h) => h.getTime()).filter((t) => t > since).sort((a, b) => a - b);
  if (inWindow.length < limit.max) return { allowed: true };
  const mustExpire = inWindow[inWindow.length - limit.max]!;
  const waitMs = mustExpire + limit.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

export function submissionRateLimitedMessage(retryAfterSeconds: number, limit: RateLimit = SUBMISSION_RATE_LIMIT): string {
  const per = limit.windowMs === 60_000 ? "a minute" : `per ${Math.round(limit.windowMs / 1000)} seconds`;
  return `Too many submissions: at most ${limit.max} ${per}. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}
