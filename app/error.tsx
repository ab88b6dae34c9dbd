"use client";
import Link from "next/link";
import { pageContainer, primaryButton, secondaryButton } from "@/components/ui/styles";

/** Shown when a page fails to render. Says what happened without exposing any detail of the error. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className={`${pageContainer} py-20`}>
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 max-w-xl text-lg text-muted">
        This page could not be shown. Try again; if it keeps happening, the site may be restarting.
      </p>
      {error.digest ? <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p> : null}
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={() => reset()}>
          Try again
        </button>
        <Link href="/" className={secondaryButton}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
