import "server-only";
// next-auth configuration: email and password (Credentials, JWT sessions in http-only cookies),
// plus GitHub and/or an OIDC issuer when their environment variables are set.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { isProductionDeployment } from "../config/environment";
import { db } from "../db/client.server";
import { clientAddress } from "../http/client-address";
import { signInSchema } from "./account-schemas";
import { signInWithPassword, userForOAuthIdentity } from "./accounts.server";
import { authSecret } from "./auth-secret.server";
import { readOAuthConfig } from "./oauth-config";
import { isRole } from "./roles";

/** The error code next-auth reports to the sign-in form when the rate limit refuses an attempt. */
export const RATE_LIMITED_ERROR = "RateLimited";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function providers(): NextAuthOptions["providers"] {
  const oauth = readOAuthConfig();
  for (const problem of oauth.problems) console.warn(`[reachable] OAuth: ${problem}`);
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const address = clientAddress(req.headers?.["x-forwarded-for"] as string | undefined);
        const result = await signInWithPassword(db(), { ...parsed.data, address });
        if (result.ok) return result.user;
        if (result.reason === "rate-limited") throw new Error(RATE_LIMITED_ERROR);
        return null;
      },
    }),
  ];
  if (oauth.github) {
    list.push(GitHubProvider({ clientId: oauth.github.clientId, clientSecret: oauth.github.clientSecret }));
  }
  if (oauth.oidc) {
    list.push({
      id: "oidc",
      name: oauth.oidc.name,
      type: "oauth",
      wellKnown: `${oauth.oidc.issuer}/.well-known/openid-configuration`,
      clientId: oauth.oidc.clientId,
      clientSecret: oauth.oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; name?: string; email?: string; email_verified?: boolean }) {
        return { id: profile.sub, name: profile.name ?? profile.email ?? "", email: profile.email ?? "", emailVerified: profile.email_verified };
      },
    });
  }
  return list;
}

export function authOptions(): NextAuthOptions {
  // The local default serves on whatever host and port it is reached at (localhost, 127.0.0.1, a LAN
  // address); a production deployment sets NEXTAUTH_URL to its public URL instead.
  if (!process.env.NEXTAUTH_URL && !isProductionDeployment()) process.env.AUTH_TRUST_HOST ??= "true";
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: providers(),
    callbacks: {
      async signIn({ account, profile, user }) {
        if (!account || account.type !== "oauth") return true;
        // Link only identities whose provider vouches for the email address.
        const email = user.email ?? profile?.email;
        const verified = account.provider === "github" || (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
        if (!email || !verified) return "/signin?error=OAuthEmail";
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.type === "oauth" && user) {
          const stored = await userForOAuthIdentity(db(), {
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: user.email ?? profile?.email ?? "",
            name: user.name ?? profile?.name ?? "",
          });
          return { ...token, sub: stored.id, name: stored.name, email: stored.email, role: stored.role };
        }
        if (user) {
          const role = (user as { role?: unknown }).role;
          return { ...token, sub: user.id, name: user.name, email: user.email, role: isRole(role) ? role : "learner" };
        }
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          user: {
            id: token.sub ?? "",
            name: token.name ?? "",
            email: token.email ?? "",
            role: isRole(token.role) ? token.role : "learner",
          },
        };
      },
    },
  };
}
