import "server-only";
// Checks and counts a rate-limited request in one transaction (RateLimitHit rows), so two simultaneous
// requests cannot both take the last slot. Hits that have left the window are deleted on the way.
import type { Db } from "../db/create-db";
import { decideRateLimit, type RateLimit, type RateLimitDecision } from "./rate-limit";

export async function takeRateLimitSlot(database: Db, key: string, limit: RateLimit, now: Date = new Date()): Promise<RateLimitDecision> {
  const since = new Date(now.getTime() - limit.windowMs);
  return database.$transaction(async (tx) => {
    await tx.rateLimitHit.deleteMany({ where: { key, createdAt: { lte: since } } });
    const hits = await tx.rateLimitHit.findMany({ where: { key, createdAt: { gt: since } }, select: { createdAt: true } });
    const decision = decideRateLimit(
      hits.map((h) => h.createdAt),
      now,
      limit,
    );
    if (decision.allowed) await tx.rateLimitHit.create({ data: { key, createdAt: now }, select: { id: true } });
    return decision;
  });
}
