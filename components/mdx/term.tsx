import type { ReactNode } from "react";
import { glossaryHint } from "@/lib/content/glossary";

/** A glossary word: marked as a definition, with its one-line hint as a tooltip (title). */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const hint = glossaryHint(id);
  return (
    <dfn data-term={id} title={hint} className="not-italic underline decoration-muted decoration-dotted decoration-1 underline-offset-4">
      {children}
    </dfn>
  );
}
