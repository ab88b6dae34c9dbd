import "server-only";
// Account operations: create an account with a password, check a password sign-in (rate limited),
// and link an OAuth/OIDC identity to a user.
import type { Db } from "../db/create-db";
import type { SignUpInput } from "./account-schemas";
import type { CurrentUser } from "./authorizer";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import { isRole } from "./roles";
import { createDbAttemptStore } from "./sign-in-attempt-store.server";
import { checkSignIn, recordSignInFailure, recordSignInSuccess } from "./sign-in-rate-limit";

export const ACCOUNT_EXISTS = "An account with this email already exists";

const userSelect = { id: true, name: true, email: true, role: true } as const;

function toCurrentUser(row: { id: string; name: string; email: string; role: string }): CurrentUser {
  return { ...row, role: isRole(row.role) ? row.role : "learner" };
}

export type CreateAccountResult = { ok: true; user: CurrentUser } | { ok: false; error: typeof ACCOUNT_EXISTS };

export async function createAccount(database: Db, input: SignUpInput): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await database.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "learner" },
      select: userSelect,
    });
    return { ok: true, user: toCurrentUser(user) };
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      return { ok: false, error: ACCOUNT_EXISTS };
    }
    throw error;
  }
}

export type PasswordSignInResult = { ok: true; user: CurrentUser } | { ok: false; reason: "invalid" | "rate-limited" };

export async function signInWithPassword(
  database: Db,
  input: { email: string; password: string; address: string | null },
  now: Date = new Date(),
): Promise<PasswordSignInResult> {
  const store = createDbAttemptStore(database);
  const subject = { email: input.email, address: input.address };
  const decision = await checkSignIn(store, subject, now);
  if (!decision.allowed) return { ok: false, reason: "rate-limited" };

  const user = await database.user.findUnique({ where: { email: input.email }, select: { ...userSelect, passwordHash: true } });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !valid) {
    await recordSignInFailure(store, subject, now);
    return { ok: false, reason: "invalid" };
  }
  await recordSignInSuccess(store, subject);
  return { ok: true, user: toCurrentUser(user) };
}

export async function findUser(database: Db, id: string): Promise<CurrentUser | null> {
  const user = await database.user.findUnique({ where: { id }, select: userSelect });
  return user ? toCurrentUser(user) : null;
}

/**
 * The user for an OAuth/OIDC identity: the linked one, or else the account with the same
 * (provider-verified) email, or else a new learner. Links the identity in the same transaction.
 */
export async function userForOAuthIdentity(
  database: Db,
  identity: { provider: string; providerAccountId: string; email: string; name: string },
): Promise<CurrentUser> {
  return database.$transaction(async (tx) => {
    const linked = await tx.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      select: { user: { select: userSelect } },
    });
    if (linked) return toCurrentUser(linked.user);
    const email = identity.email.trim().toLowerCase();
    const user =
      (await tx.user.findUnique({ where: { email }, select: userSelect })) ??
      (await tx.user.create({ data: { email, name: identity.name.slice(0, 80) || email, role: "learner" }, select: userSelect }));
    await tx.oAuthAccount.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
      select: { id: true },
    });
    return toCurrentUser(user);
  });
}
