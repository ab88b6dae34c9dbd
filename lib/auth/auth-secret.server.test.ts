import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authSecret } from "./auth-secret.server";

const dir = mkdtempSync(path.join(os.tmpdir(), "reachable-secret-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("auth secret", () => {
  it("uses NEXTAUTH_SECRET when set, and refuses a short one", () => {
    expect(authSecret({ NEXTAUTH_SECRET: "x".repeat(32) }, dir)).toBe("x".repeat(32));
    expect(() => authSecret({ NEXTAUTH_SECRET: "short" }, dir)).toThrow("at least 32");
  });

  it("generates one secret into data/ for the local default and keeps it", () => {
    const first = authSecret({}, path.join(dir, "data"));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret({}, path.join(dir, "data"))).toBe(first);
    expect(readFileSync(path.join(dir, "data", "nextauth-secret"), "utf8").trim()).toBe(first);
  });

  it("requires NEXTAUTH_SECRET in production", () => {
    expect(() => authSecret({ REACHABLE_ENV: "production" }, path.join(dir, "prod"))).toThrow("NEXTAUTH_SECRET must be set");
  });
});
