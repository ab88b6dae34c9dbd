import Link from "next/link";
import { pageContainer } from "../ui/styles";
import { AccountControls } from "./account-controls";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";

/**
 * The site header: name, main navigation, and the account controls.
 * Desktop: one row. Phone: the name and account buttons, then who is signed in, then the navigation.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-border bg-bg">
      <div className={`${pageContainer} flex flex-wrap items-center gap-x-2 gap-y-0.5 py-2 md:gap-x-4`}>
        <Link href="/" className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-fg">
          <LogoMark />
          <span>Reachable</span>
        </Link>
        <MainNav className="order-3 -mx-3 w-[calc(100%+1.5rem)] md:order-none md:mx-0 md:w-auto" />
        <AccountControls />
      </div>
    </header>
  );
}
