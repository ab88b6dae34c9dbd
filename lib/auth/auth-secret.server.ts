import "server-only";
import type { Env } from "../config/env";

/**
 * The secret that signs and encrypts session cookies. `npm start` (scripts/start.mjs) generates one
 * into data/ for the local default and passes it in; a deployment sets NEXTAUTH_SECRET itself.
 */
export function authSecret(env: Env = process.env): string {
  const secret = env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim();
  if (!secret) {
    throw new Error("NEXTAUTH_SECRET is not set. Start the platform with `npm start` (it generates one into data/) or set NEXTAUTH_SECRET.");
  }
  if (secret.length < 32) throw new Error("NEXTAUTH_SECRET must be at least 32 characters.");
  return secret;
}
