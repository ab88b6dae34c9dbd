import Link from "next/link";
import { pageContainer, primaryButton } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className={`${pageContainer} py-20`}>
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4 max-w-xl text-lg text-muted">
        There is no page at this address. It may have moved, or the link may have a typo.
      </p>
      <Link href="/" className={`${primaryButton} mt-8`}>
        Go to the home page
      </Link>
    </div>
  );
}
