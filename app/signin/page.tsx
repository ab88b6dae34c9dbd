import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { card, textLink } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/authorize.server";
import { safeCallbackPath } from "@/lib/auth/authorizer";
import { oauthButtons, readOAuthConfig } from "@/lib/auth/oauth-config";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  if (await currentUser()) redirect(callbackPath);
  const signUpHref = callbackPath === "/dashboard" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackPath)}`;
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-2 text-muted">Welcome back. Sign in to keep your progress across devices.</p>
      <div className={`${card} mt-8 space-y-6 bg-bg`}>
        <SignInForm callbackPath={callbackPath} initialError={signInErrorMessage(first(params.error))} />
        <OAuthButtons providers={oauthButtons(readOAuthConfig())} callbackPath={callbackPath} />
      </div>
      <p className="mt-6 text-center">
        New here?{" "}
        <Link href={signUpHref} className={textLink}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
