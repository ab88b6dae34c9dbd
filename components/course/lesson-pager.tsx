import Link from "next/link";
import type { LessonFrontmatter } from "@/lib/content/lesson-frontmatter";
import { lessonPath } from "@/lib/content/lesson-path";

type Neighbour = { slug: string; frontmatter: LessonFrontmatter } | null;

/** Previous and next lesson links at the end of a lesson. */
export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  const card = "group flex min-h-11 flex-col rounded-xl border border-border p-4 hover:border-accent hover:bg-surface";
  return (
    <nav aria-label="Lessons" className="mt-8 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={lessonPath(previous.slug)} rel="prev" className={card}>
          <span className="text-sm text-muted">← Previous lesson</span>
          <span className="mt-1 font-semibold text-accent group-hover:underline">{previous.frontmatter.title}</span>
        </Link>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next ? (
        <Link href={lessonPath(next.slug)} rel="next" className={`${card} sm:items-end sm:text-right`}>
          <span className="text-sm text-muted">Next lesson →</span>
          <span className="mt-1 font-semibold text-accent group-hover:underline">{next.frontmatter.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
