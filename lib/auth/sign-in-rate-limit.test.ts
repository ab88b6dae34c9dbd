import { describe, expect, it } from "vitest";
import {
  SIGN_IN_LIMITS,
  checkSignIn,
  memoryAttemptStore,
  recordSignInFailure,
  recordSignInSuccess,
} from "./sign-in-rate-limit";

const start = new Date("2026-01-01T10:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe("sign-in rate limit", () => {
  it("allows five failures per account, then refuses until the window has passed", async () => {
    const store = memoryAttemptStore();
    const subject = { email: "ada@example.com", address: "203.0.113.1" };
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await checkSignIn(store, subject, minutes(i))).toEqual({ allowed: true });
      await recordSignInFailure(store, subject, minutes(i));
    }
    expect(await checkSignIn(store, subject, minutes(5))).toEqual({ allowed: false, reason: "account" });
    // The first failure (minute 0) leaves the window at minute 15.
    expect(await checkSignIn(store, subject, minutes(14))).toEqual({ allowed: false, reason: "account" });
    expect(await checkSignIn(store, subject, minutes(15.01))).toEqual({ allowed: true });
  });

  it("counts an account's failures whatever the email's case or address", async () => {
    const store = memoryAttemptStore();
    for (let i = 0; i < 5; i++) {
      await recordSignInFailure(store, { email: i % 2 ? "ADA@example.com" : "ada@example.com", address: `198.51.100.${i}` }, start);
    }
    expect(await checkSignIn(store, { email: "Ada@Example.com", address: "192.0.2.9" }, start)).toEqual({
      allowed: false,
      reason: "account",
    });
  });

  it("refuses an address after twenty failures across accounts", async () => {
    const store = memoryAttemptStore();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await recordSignInFailure(store, { email: `user${i}@example.com`, address: "203.0.113.7" }, start);
    }
    expect(await checkSignIn(store, { email: "new@example.com", address: "203.0.113.7" }, start)).toEqual({
      allowed: false,
      reason: "address",
    });
    expect(await checkSignIn(store, { email: "new@example.com", address: "203.0.113.8" }, start)).toEqual({ allowed: true });
  });

  it("clears an account's failures after a success", async () => {
    const store = memoryAttemptStore();
    const subject = { email: "ada@example.com", address: null };
    for (let i = 0; i < 4; i++) await recordSignInFailure(store, subject, start);
    await recordSignInSuccess(store, subject);
    for (let i = 0; i < 4; i++) await recordSignInFailure(store, subject, start);
    expect(await checkSignIn(store, subject, start)).toEqual({ allowed: true });
  });

  it("drops expired failures when it records new ones", async () => {
    const store = memoryAttemptStore();
    const subject = { email: "ada@example.com", address: "203.0.113.1" };
    await recordSignInFailure(store, subject, start);
    expect(store.size()).toBe(2);
    await recordSignInFailure(store, subject, minutes(30));
    expect(store.size()).toBe(2);
  });
});
