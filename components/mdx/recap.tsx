import type { ReactNode } from "react";

/** The recap list at the end of a lesson (under "## Recap"). */
export function Recap({ children }: { children?: ReactNode }) {
  return <div className="not-prose rounded-xl border border-border bg-surface px-5 py-4 [&_li]:my-1.5 [&_li]:ml-5 [&_li]:list-disc [&_code]:font-mono [&_code]:text-[0.9em]">{children}</div>;
}
