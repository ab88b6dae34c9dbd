"use client";
import Link from "next/link";
import { useSession } from "next-auth/react";
import { SignOutButton } from "../auth/sign-out-button";
import { primaryButtonCompact } from "../ui/styles";

/**
 * Who is signed in, and the sign-in / sign-up / sign-out controls. Read on the client so that public
 * pages stay static. Renders the header's last two flex items (see SiteHeader for the layout).
 */
export function AccountControls() {
  const { data: session, status } = useSession();
  if (status === "loading") {
    return <div aria-hidden="true" className="order-1 ml-auto h-11 w-40 md:order-none" />;
  }
  const user = session?.user;
  if (!user) {
    return (
      <div className="order-1 ml-auto flex shrink-0 items-center gap-1.5 md:order-none md:gap-2">
        <Link
          href="/signin"
          className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-md px-2 font-medium text-fg hover:bg-surface-strong sm:px-3"
        >
          Sign in
        </Link>
        <Link href="/signup" className={primaryButtonCompact}>
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <>
      <p className="order-2 w-full truncate text-sm text-muted md:order-none md:ml-auto md:w-auto md:max-w-[16rem]" title={user.email}>
        Signed in as <span className="font-semibold text-fg">{user.name}</span>
      </p>
      <div className="order-1 ml-auto flex shrink-0 items-center md:order-none md:ml-0">
        <SignOutButton />
      </div>
    </>
  );
}
