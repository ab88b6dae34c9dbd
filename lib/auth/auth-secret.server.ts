import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "../config/env";
import { isProductionDeployment } from "../config/environment";

/**
 * The secret that signs and encrypts session cookies: NEXTAUTH_SECRET, or for the local default the
 * secret generated once into data/nextauth-secret (by `npm start`, or here on first use). A deployment
 * with REACHABLE_ENV=production must set NEXTAUTH_SECRET.
 */
export function authSecret(env: Env = process.env, dataDir: string = path.join(process.cwd(), "data")): string {
  const secret = env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim();
  if (secret) {
    if (secret.length < 32) throw new Error("NEXTAUTH_SECRET must be at least 32 characters.");
    return secret;
  }
  if (isProductionDeployment(env)) {
    throw new Error("NEXTAUTH_SECRET must be set when REACHABLE_ENV=production.");
  }
  return localSecret(dataDir);
}

function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if (!(typeof error === "object" && error !== null && "code" in error && error.code === "EEXIST")) throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}
