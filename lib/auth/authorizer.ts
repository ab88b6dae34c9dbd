// Authorization rules in one place. The server module (authorize.server.ts) wires these to the
// session and the database; this file holds the rules so they are tested without either.
import { hasRole, type Role } from "./roles";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export class AuthorizationError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

export const SIGN_IN_REQUIRED = "Sign in to continue.";
export const FORBIDDEN = "Your account is not allowed to do this.";

export interface AuthorizerDeps {
  /** The user id held by the session, if any. */
  sessionUserId(): Promise<string | null>;
  /** The user as stored now (role changes and deletions take effect at once). */
  loadUser(id: string): Promise<CurrentUser | null>;
}

export function createAuthorizer(deps: AuthorizerDeps) {
  async function currentUser(): Promise<CurrentUser | null> {
    const id = await deps.sessionUserId();
    return id ? deps.loadUser(id) : null;
  }
  async function requireUser(): Promise<CurrentUser> {
    const user = await currentUser();
    if (!user) throw new AuthorizationError(401, SIGN_IN_REQUIRED);
    return user;
  }
  async function requireRole(role: Role): Promise<CurrentUser> {
    const user = await requireUser();
    if (!hasRole(user.role, role)) throw new AuthorizationError(403, FORBIDDEN);
    return user;
  }
  return { currentUser, requireUser, requireRole };
}

/** A same-origin path to return to after signing in, or the fallback. Refuses other origins. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://reachable.invalid");
    if (url.origin !== "http://reachable.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
