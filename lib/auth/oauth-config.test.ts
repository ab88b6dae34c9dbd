import { describe, expect, it } from "vitest";
import { oauthButtons, readOAuthConfig } from "./oauth-config";

describe("OAuth configuration", () => {
  it("is off when nothing is set", () => {
    const config = readOAuthConfig({});
    expect(config).toEqual({ github: null, oidc: null, problems: [] });
    expect(oauthButtons(config)).toEqual([]);
  });

  it("switches GitHub on when both variables are set", () => {
    const config = readOAuthConfig({ GITHUB_ID: "id", GITHUB_SECRET: "secret" });
    expect(config.github).toEqual({ clientId: "id", clientSecret: "secret" });
    expect(oauthButtons(config)).toEqual([{ id: "github", label: "Continue with GitHub" }]);
  });

  it("keeps a half-configured provider off and says why", () => {
    const config = readOAuthConfig({ GITHUB_ID: "id", OIDC_ISSUER: "https://id.example.org" });
    expect(config.github).toBeNull();
    expect(config.oidc).toBeNull();
    expect(config.problems).toEqual([
      "GITHUB_ID set but GITHUB_SECRET missing: that provider stays off",
      "OIDC_ISSUER set but OIDC_CLIENT_ID, OIDC_CLIENT_SECRET missing: that provider stays off",
    ]);
  });

  it("switches an OIDC issuer on, named for the button", () => {
    const config = readOAuthConfig({
      OIDC_ISSUER: "https://id.example.org/realms/main/",
      OIDC_CLIENT_ID: "reachable",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Example SSO",
    });
    expect(config.oidc).toEqual({ issuer: "https://id.example.org/realms/main", clientId: "reachable", clientSecret: "s3cret", name: "Example SSO" });
    expect(oauthButtons(config)).toEqual([{ id: "oidc", label: "Continue with Example SSO" }]);
  });

  it("refuses a plain-http issuer that is not local", () => {
    const config = readOAuthConfig({ OIDC_ISSUER: "http://id.example.org", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" });
    expect(config.oidc).toBeNull();
    expect(config.problems).toHaveLength(1);
  });
});
