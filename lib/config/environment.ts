import type { Env } from "./env";

/**
 * True for a deployment configured for production. `next start` always sets NODE_ENV=production,
 * so the app itself reads REACHABLE_ENV; scripts (start, prepare-db) also honour NODE_ENV.
 */
export function isProductionDeployment(env: Env = process.env): boolean {
  return env.REACHABLE_ENV === "production";
}
