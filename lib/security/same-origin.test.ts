import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const base = { host: "localhost:3000", origin: null, secFetchSite: null } as const;

describe("same-origin check", () => {
  it("lets safe methods through", () => {
    expect(checkSameOrigin({ ...base, method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }).ok).toBe(true);
  });

  it("accepts a same-origin browser request", () => {
    expect(checkSameOrigin({ ...base, method: "POST", origin: "http://localhost:3000", secFetchSite: "same-origin" }).ok).toBe(true);
  });

  it("refuses cross-site and same-site requests by Sec-Fetch-Site", () => {
    for (const site of ["cross-site", "same-site"]) {
      const result = checkSameOrigin({ ...base, method: "POST", origin: "http://localhost:3000", secFetchSite: site });
      expect(result.ok).toBe(false);
    }
  });

  it("refuses a foreign Origin when Sec-Fetch-Site is absent (older browsers)", () => {
    const result = checkSameOrigin({ ...base, method: "DELETE", origin: "https://evil.example" });
    expect(result).toEqual({ ok: false, reason: "Cross-site request refused (Origin https://evil.example is not this site)" });
  });

  it("refuses opaque and malformed origins", () => {
    expect(checkSameOrigin({ ...base, method: "POST", origin: "null" }).ok).toBe(false);
    expect(checkSameOrigin({ ...base, method: "POST", origin: "not a url" }).ok).toBe(false);
  });

  it("accepts a configured public origin behind a proxy", () => {
    const input = { method: "POST", host: "app:3000", origin: "https://learn.example.org", secFetchSite: null };
    expect(checkSameOrigin(input).ok).toBe(false);
    expect(checkSameOrigin({ ...input, trustedOrigins: ["https://learn.example.org"] }).ok).toBe(true);
  });

  it("accepts requests that carry no browser headers (not a browser page)", () => {
    expect(checkSameOrigin({ ...base, method: "POST" }).ok).toBe(true);
  });
});
