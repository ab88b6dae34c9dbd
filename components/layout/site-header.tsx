import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/authorizer";
import { SignOutButton } from "../auth/sign-out-button";
import { pageContainer, primaryButtonCompact } from "../ui/styles";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";

/**
 * The site header: name, main navigation, and the account controls.
 * Desktop: one row. Phone: the name and account buttons, then who is signed in, then the navigation.
 */
export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-border bg-bg">
      <div className={`${pageContainer} flex flex-wrap items-center gap-x-2 gap-y-0.5 py-2 md:gap-x-4`}>
        <Link href="/" className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-fg">
          <LogoMark />
          <span>Reachable</span>
        </Link>
        <MainNav className="order-3 -mx-3 w-[calc(100%+1.5rem)] md:order-none md:mx-0 md:w-auto" />
        {user ? (
          <p className="order-2 w-full truncate text-sm text-muted md:order-none md:ml-auto md:w-auto md:max-w-[16rem]" title={user.email}>
            Signed in as <span className="font-semibold text-fg">{user.name}</span>
          </p>
        ) : null}
        <div className={`order-1 ml-auto flex shrink-0 items-center gap-1.5 md:order-none md:gap-2 ${user ? "md:ml-0" : ""}`}>
          {user ? (
            <SignOutButton />
          ) : (
            <>
              <Link
                href="/signin"
                className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-md px-2 font-medium text-fg hover:bg-surface-strong sm:px-3"
              >
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
