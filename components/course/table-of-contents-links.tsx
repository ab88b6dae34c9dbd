"use client";
import type { LessonHeading } from "@/lib/content/lesson-ast";
import { useCurrentSection } from "./use-current-section";

/** The links of the table of contents; the section being read has aria-current="location". */
export function TableOfContentsLinks({ headings }: { headings: readonly LessonHeading[] }) {
  const current = useCurrentSection(headings.map((h) => h.id));
  return (
    <ol className="space-y-1 text-sm">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? "pl-4" : ""}>
          <a
            href={`#${h.id}`}
            aria-current={current === h.id ? "location" : undefined}
            className="block rounded px-2 py-1.5 text-muted hover:bg-surface-strong hover:text-fg aria-[current=location]:bg-accent-soft aria-[current=location]:text-fg aria-[current=location]:shadow-[inset_3px_0_0_var(--color-accent)]"
          >
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
