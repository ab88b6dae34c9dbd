import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { card, textLink } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/authorize.server";
import { safeCallbackPath } from "@/lib/auth/authorizer";

export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = (await searchParams).callbackUrl;
  const callbackPath = safeCallbackPath(Array.isArray(requested) ? requested[0] : requested);
  if (await currentUser()) redirect(callbackPath);
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="mt-2 text-muted">Free, and only needed to keep your progress. Every lesson is open without one.</p>
      <div className={`${card} mt-8 bg-bg`}>
        <SignUpForm callbackPath={callbackPath} />
      </div>
      <p className="mt-6 text-center">
        Already have an account?{" "}
        <Link href="/signin" className={textLink}>
          Go to the sign-in page
        </Link>
      </p>
    </div>
  );
}
