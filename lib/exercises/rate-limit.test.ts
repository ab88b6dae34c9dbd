import { describe, expect, it } from "vitest";
import { decideRateLimit, SUBMISSION_RATE_LIMIT, submissionRateLimitedMessage, submissionRateLimitKey } from "./rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("decideRateLimit", () => {
  const limit = { windowMs: 60_000, max: 3 };

  it("allows up to max requests in the window", () => {
    expect(decideRateLimit([], now, limit)).toEqual({ allowed: true });
    expect(decideRateLimit([ago(1000), ago(2000)], now, limit)).toEqual({ allowed: true });
  });

  it("refuses the next one and says when the oldest leaves the window", () => {
    expect(decideRateLimit([ago(1000), ago(50_500), ago(2000)], now, limit)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it("ignores requests that left the window", () => {
    expect(decideRateLimit([ago(60_000), ago(90_000), ago(1000), ago(2000)], now, limit)).toEqual({ allowed: true });
  });

  it("asks for at least a second", () => {
    expect(decideRateLimit([ago(59_999), ago(1), ago(2)], now, limit)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("waits for enough hits to expire when over the limit", () => {
    // 4 in the window with max 3: two must leave, the second oldest (at -30 s) leaves in 30 s.
    expect(decideRateLimit([ago(40_000), ago(30_000), ago(20_000), ago(10_000)], now, limit)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });
});

describe("submission limit", () => {
  it("is 30 a minute per learner, with a clear message", () => {
    expect(SUBMISSION_RATE_LIMIT).toEqual({ windowMs: 60_000, max: 30 });
    expect(submissionRateLimitKey("u1")).toBe("exercise-submit:u1");
    expect(submissionRateLimitedMessage(12)).toBe("Too many submissions: at most 30 a minute. Try again in 12 seconds.");
    expect(submissionRateLimitedMessage(1)).toBe("Too many submissions: at most 30 a minute. Try again in 1 second.");
  });
});
