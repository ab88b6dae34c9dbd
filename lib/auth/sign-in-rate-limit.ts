// Sign-in rate limiting: failures are counted per account and per client address in a sliding
// window. The store is an interface so the rule is tested without a database; the app uses the
// database store (sign-in-attempt-store.server.ts), which survives restarts and is shared by processes.

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
} as const;

export interface AttemptStore {
  /** Failures recorded for `key` at or after `since`. */
  countSince(key: string, since: Date): Promise<number>;
  /** Records one failure under each key, and may drop failures older than `expiredBefore`. */
  record(keys: string[], at: Date, expiredBefore: Date): Promise<void>;
  /** Forgets every failure under `key`. */
  clear(key: string): Promise<void>;
}

export interface SignInSubject {
  email: string;
  /** The client's address, when known. */
  address: string | null;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; reason: "account" | "address" };

export const RATE_LIMITED_MESSAGE = "Too many sign-in attempts. Wait 15 minutes, then try again.";

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

function keysOf(subject: SignInSubject): string[] {
  return subject.address ? [accountKey(subject.email), addressKey(subject.address)] : [accountKey(subject.email)];
}

/** Decides, before the password is checked, whether this attempt may proceed. */
export async function checkSignIn(store: AttemptStore, subject: SignInSubject, now: Date): Promise<RateLimitDecision> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  if ((await store.countSince(accountKey(subject.email), since)) >= SIGN_IN_LIMITS.perAccount) {
    return { allowed: false, reason: "account" };
  }
  if (subject.address && (await store.countSince(addressKey(subject.address), since)) >= SIGN_IN_LIMITS.perAddress) {
    return { allowed: false, reason: "address" };
  }
  return { allowed: true };
}

export async function recordSignInFailure(store: AttemptStore, subject: SignInSubject, now: Date): Promise<void> {
  await store.record(keysOf(subject), now, new Date(now.getTime() - SIGN_IN_LIMITS.windowMs));
}

/** A successful sign-in clears the account's failures (the address's count stays). */
export async function recordSignInSuccess(store: AttemptStore, subject: SignInSubject): Promise<void> {
  await store.clear(accountKey(subject.email));
}

/** An in-memory store, for tests and tools. */
export function memoryAttemptStore(): AttemptStore & { size(): number } {
  const attempts: { key: string; at: Date }[] = [];
  return {
    async countSince(key, since) {
      return attempts.filter((a) => a.key === key && a.at >= since).length;
    },
    async record(keys, at, expiredBefore) {
      for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]!.at < expiredBefore) attempts.splice(i, 1);
      for (const key of keys) attempts.push({ key, at });
    },
    async clear(key) {
      for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]!.key === key) attempts.splice(i, 1);
    },
    size: () => attempts.length,
  };
}
