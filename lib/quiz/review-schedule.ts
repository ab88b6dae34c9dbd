// Spaced repetition with ts-fsrs: a missed question comes back soon, a hard one a little later, a
// well-known one later still. Cards are stored as JSON text beside a `due` column.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { z } from "zod";

const scheduler = fsrs({ enable_fuzz: false });

/** A wrong answer → Again; right but marked hard → Hard; right → Good. */
export function ratingFor(correct: boolean, hard: boolean): Grade {
  if (!correct) return Rating.Again;
  return hard ? Rating.Hard : Rating.Good;
}

const storedCardSchema = z.object({
  due: z.coerce.date(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number().int().min(0).max(3),
  last_review: z.coerce.date().optional(),
});

/** Reads a stored card; a missing or unreadable card starts fresh. */
export function parseCard(json: string | null | undefined, now: Date): Card {
  if (json) {
    try {
      const parsed = storedCardSchema.safeParse(JSON.parse(json));
      if (parsed.success) return parsed.data as Card;
    } catch {
      // fall through to a fresh card
    }
  }
  return createEmptyCard(now);
}

export function serializeCard(card: Card): string {
  return JSON.stringify({ ...card, due: card.due.toISOString(), last_review: card.last_review?.toISOString() });
}

/** The card after one review at `now` with this rating. */
export function scheduleReview(previous: string | null | undefined, rating: Grade, now: Date): { card: Card; json: string; due: Date } {
  const { card } = scheduler.next(parseCard(previous, now), now, rating);
  return { card, json: serializeCard(card), due: card.due };
}
