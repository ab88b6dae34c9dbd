import { Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { parseCard, ratingFor, scheduleReview } from "./review-schedule";

const now = new Date("2026-03-01T09:00:00.000Z");
const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

describe("review scheduling (ts-fsrs)", () => {
  it("rates a miss Again, a hard right answer Hard, a right answer Good", () => {
    expect(ratingFor(false, false)).toBe(Rating.Again);
    expect(ratingFor(false, true)).toBe(Rating.Again);
    expect(ratingFor(true, true)).toBe(Rating.Hard);
    expect(ratingFor(true, false)).toBe(Rating.Good);
  });

  it("brings a missed question back sooner than a hard one, and a hard one sooner than a known one", () => {
    const again = scheduleReview(null, Rating.Again, now);
    const hard = scheduleReview(null, Rating.Hard, now);
    const good = scheduleReview(null, Rating.Good, now);
    expect(minutes(now, again.due)).toBeLessThan(minutes(now, hard.due));
    expect(minutes(now, hard.due)).toBeLessThan(minutes(now, good.due));
    expect(again.due.getTime()).toBeGreaterThan(now.getTime());
  });

  it("round-trips a card through JSON and grows the interval with repeated Good reviews", () => {
    let json: string | null = null;
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = scheduleReview(json, Rating.Good, at);
      intervals.push(minutes(at, next.due));
      json = next.json;
      at = next.due;
    }
    expect(parseCard(json, at).reps).toBe(4);
    expect(parseCard(json, at).state).toBe(State.Review);
    expect(intervals[3]).toBeGreaterThan(intervals[2] as number);
  });

  it("a lapse after reviews counts and shortens the interval", () => {
    let json = scheduleReview(null, Rating.Good, now).json;
    const second = scheduleReview(json, Rating.Good, parseCard(json, now).due);
    json = second.json;
    const lapse = scheduleReview(json, Rating.Again, second.due);
    expect(lapse.card.lapses).toBe(1);
    expect(minutes(second.due, lapse.due)).toBeLessThan(60);
  });

  it("starts a fresh card from unreadable JSON", () => {
    expect(parseCard("{nope", now).reps).toBe(0);
    expect(parseCard(JSON.stringify({ due: "x" }), now).state).toBe(State.New);
  });
});
