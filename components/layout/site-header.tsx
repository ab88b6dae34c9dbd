import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/authorizer";
import { SignOutButton } from "../auth/sign-out-button";
import { pageContainer, primaryButtonCompact } from "../ui/styles";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";

/** The site header: name, main navigation, and the account controls. On a phone the nav wraps to its own row. */
export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-border bg-bg">
      <div className={`${pageContainer} flex flex-wrap items-center gap-x-2 gap-y-1 py-2 sm:gap-x-4`}>
        <Link href="/" className="inline-flex min-h-11 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-fg">
          <LogoMark />
          <span>Reachable</span>
        </Link>
        <MainNav className="order-last -mx-3 w-[calc(100%+1.5rem)] md:order-none md:mx-0 md:w-auto" />
        <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
          {user ? (
            <>
              <p className="max-w-[7.5rem] truncate text-sm text-muted sm:max-w-[16rem]" title={user.email}>
                <span className="sr-only sm:not-sr-only">Signed in as </span>
                <span className="font-semibold text-fg">{user.name}</span>
              </p>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-fg hover:bg-surface-strong sm:px-3">
                Sign in
              </Link>
              <Link href="/signup" className={primaryButtonCompact}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
