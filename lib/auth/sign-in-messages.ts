// What the sign-in form says for each next-auth error code. Shared by the page (errors from a
// redirect, e.g. an OAuth failure) and the form (errors from signIn()).
import { RATE_LIMITED_MESSAGE } from "./sign-in-rate-limit";

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === "RateLimited") return RATE_LIMITED_MESSAGE;
  if (code === "CredentialsSignin") return WRONG_CREDENTIALS;
  if (code === "OAuthEmail") return "That provider did not share a verified email address, so you could not be signed in.";
  if (code === "OAuthAccountNotLinked" || code === "OAuthCallback" || code === "OAuthSignin") return "Signing in with that provider did not work. Please try again.";
  if (code === "SessionRequired") return "Sign in to continue.";
  return "Signing in did not work. Please try again.";
}
