"use client";
import "./globals.css";

/** Last resort when the root layout itself fails: a plain page with its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto max-w-2xl px-4 py-20">
          <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="mt-4 text-lg text-muted">Reachable could not show this page. Try again in a moment.</p>
          {error.digest ? <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p> : null}
          <div className="mt-8 flex gap-3">
            <button type="button" className="min-h-11 rounded-lg bg-accent px-5 font-semibold text-accent-fg" onClick={() => reset()}>
              Try again
            </button>
            <a href="/" className="inline-flex min-h-11 items-center rounded-lg border border-border px-5 font-semibold">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
