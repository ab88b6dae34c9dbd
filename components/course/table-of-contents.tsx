// The lesson's table of contents: a sticky column on desktop, a collapsed disclosure at the top on phones.
// Both are <nav aria-label="On this page">; only one is displayed at a time (the other is display: none and
// so absent from the accessibility tree). The links are plain anchors; with JavaScript, the section being read
// is marked aria-current="location" (a bar and a tint, the same size as the other links: no layout shift).
import type { LessonHeading } from "@/lib/content/lesson-ast";
import { TableOfContentsLinks } from "./table-of-contents-links";

export function TableOfContentsSidebar({ headings }: { headings: readonly LessonHeading[] }) {
  return (
    <nav aria-label="On this page" className="sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto">
      <p className="px-2 text-xs font-semibold uppercase tracking-wider text-muted">On this page</p>
      <div className="mt-2 border-l border-border pl-1">
        <TableOfContentsLinks headings={headings} />
      </div>
    </nav>
  );
}

export function TableOfContentsDisclosure({ headings }: { headings: readonly LessonHeading[] }) {
  return (
    <details className="group rounded-xl border border-border bg-surface lg:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between rounded-xl px-4 py-2 font-semibold [&::-webkit-details-marker]:hidden">
        On this page
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <nav aria-label="On this page" className="border-t border-border px-2 py-2">
        <TableOfContentsLinks headings={headings} />
      </nav>
    </details>
  );
}
