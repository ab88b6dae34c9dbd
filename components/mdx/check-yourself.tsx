import type { ReactNode } from "react";

/** "Check yourself": ungraded questions whose answers are revealed on demand. */
export function CheckYourself({ children }: { children?: ReactNode }) {
  return <div className="not-prose space-y-3">{children}</div>;
}

/** One question; the answer opens with the native disclosure (keyboard and screen readers work without script). */
export function SelfCheck({ question, answer }: { question: string; answer: string }) {
  return (
    <details className="group rounded-xl border border-border bg-bg open:bg-surface">
      <summary className="flex min-h-11 cursor-pointer list-none items-start gap-3 rounded-xl px-4 py-3 font-medium marker:hidden [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mt-0.5 text-accent transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{question}</span>
        <span className="shrink-0 text-sm font-normal text-muted">
          <span className="group-open:hidden">Show answer</span>
          <span className="hidden group-open:inline">Hide answer</span>
        </span>
      </summary>
      <p className="border-t border-border px-4 py-3 pl-10">{answer}</p>
    </details>
  );
}
