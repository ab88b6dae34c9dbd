import type { Env } from "../config/env";
// Which OAuth/OIDC providers are switched on. A provider is on exactly when all of its
// environment variables are set; a half-configured provider is reported, not half-enabled.

export interface OAuthConfig {
  github: { clientId: string; clientSecret: string } | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  /** Human-readable problems, e.g. a provider with only some of its variables set. */
  problems: string[];
}

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

export function readOAuthConfig(env: Env = process.env): OAuthConfig {
  const problems: string[] = [];
  const group = (names: string[]) => {
    const present = names.filter((name) => value(env, name));
    if (present.length > 0 && present.length < names.length) {
      const missing = names.filter((name) => !value(env, name));
      problems.push(`${present.join(", ")} set but ${missing.join(", ")} missing: that provider stays off`);
    }
    return present.length === names.length;
  };

  const github = group(["GITHUB_ID", "GITHUB_SECRET"]) ? { clientId: value(env, "GITHUB_ID")!, clientSecret: value(env, "GITHUB_SECRET")! } : null;

  let oidc: OAuthConfig["oidc"] = null;
  if (group(["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"])) {
    const issuer = value(env, "OIDC_ISSUER")!;
    if (!/^https:\/\//.test(issuer) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(issuer)) {
      problems.push("OIDC_ISSUER must be an https:// URL: the OIDC provider stays off");
    } else {
      oidc = {
        issuer: issuer.replace(/\/+$/, ""),
        clientId: value(env, "OIDC_CLIENT_ID")!,
        clientSecret: value(env, "OIDC_CLIENT_SECRET")!,
        name: value(env, "OIDC_NAME") ?? "single sign-on",
      };
    }
  }
  return { github, oidc, problems };
}

/** The buttons the sign-in page shows: provider id for next-auth and a label. */
export function oauthButtons(config: OAuthConfig): { id: string; label: string }[] {
  const buttons: { id: string; label: string }[] = [];
  if (config.github) buttons.push({ id: "github", label: "Continue with GitHub" });
  if (config.oidc) buttons.push({ id: "oidc", label: `Continue with ${config.oidc.name}` });
  return buttons;
}
