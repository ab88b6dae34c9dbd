import "server-only";
// Checks and counts a rate-limited request (RateLimitHit rows) inside a transaction, so two simultaneous
// requests cannot both take the last slot. Hits that have left the window are pruned every tenth request
// of a key (and whenever a key starts a fresh window), so the table stays small without a delete per request.
import type { Db } from "../db/create-db";
import { decideRateLimit, type RateLimit, type RateLimitDecision } from "./rate-limit";

/** A database or an open transaction: anything with the RateLimitHit table. */
export type RateLimitDb = Pick<Db, "rateLimitHit">;

/** Decides and, when allowed, counts the request. Run it inside a transaction (see takeRateLimitSlot). */
export async function takeRateLimitSlotIn(tx: RateLimitDb, key: string, limit: RateLimit, now: Date): Promise<RateLimitDecision> {
  const since = new Date(now.getTime() - limit.windowMs);
  const hits = await tx.rateLimitHit.findMany({ where: { key, createdAt: { gt: since } }, select: { createdAt: true } });
  const decision = decideRateLimit(
    hits.map((h) => h.createdAt),
    now,
    limit,
  );
  if (!decision.allowed) return decision;
  await tx.rateLimitHit.create({ data: { key, createdAt: now }, select: { id: true } });
  if (hits.length % 10 === 0) await tx.rateLimitHit.deleteMany({ where: { key, createdAt: { lte: since } } });
  return decision;
}

/** takeRateLimitSlotIn in a transaction of its own. */
export async function takeRateLimitSlot(database: Db, key: string, limit: RateLimit, now: Date = new Date()): Promise<RateLimitDecision> {
  return database.$transaction((tx) => takeRateLimitSlotIn(tx, key, limit, now));
}
