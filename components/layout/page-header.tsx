import type { ReactNode } from "react";

/** A page's title block: an eyebrow, the h1 and a lead paragraph. */
export function PageHeader({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <div className="max-w-3xl">
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wider text-accent">{eyebrow}</p> : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {children ? <div className="mt-4 text-lg text-muted text-pretty">{children}</div> : null}
    </div>
  );
}
