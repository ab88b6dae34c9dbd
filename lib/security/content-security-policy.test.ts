import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("content security policy", () => {
  const nonce = "AAAAAAAAAAAAAAAAAAAAAA==";

  it("allows same-origin script files and inline scripts only by nonce, with no unsafe-inline or eval", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce, development: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("admits a prerendered page's inline scripts by hash, and refuses anything that is not a hash", () => {
    const hash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
    const policy = directives(buildContentSecurityPolicy({ nonce, development: false, https: false, scriptHashes: [hash] }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, hash]);
    expect(() => buildContentSecurityPolicy({ nonce, development: false, https: false, scriptHashes: ["'unsafe-inline'"] })).toThrow();
  });

  it("forbids framing, plugins and foreign form targets", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce, development: false, https: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(buildContentSecurityPolicy({ nonce, development: false, https: false })).not.toContain("upgrade-insecure-requests");
    expect(buildContentSecurityPolicy({ nonce, development: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("relaxes only what the development server needs", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce, development: true, https: false }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => buildContentSecurityPolicy({ nonce: "abc'; script-src *", development: false, https: false })).toThrow();
  });

  it("creates a different base64 nonce every time", () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
