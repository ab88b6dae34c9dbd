import type { Metadata } from "next";
import Link from "next/link";
import Overview from "@/content/course/overview.mdx";
import { CourseProgressLine, CourseProgressProvider, LessonStatus } from "@/components/course/lesson-status";
import { PageHeader } from "@/components/layout/page-header";
import { pageContainer } from "@/components/ui/styles";
import { lessonPath } from "@/lib/content/lesson-path";
import { listLessons } from "@/lib/content/lessons";

export const metadata: Metadata = { title: "Course" };

/** Static: the lessons are read at build time; each reader's progress is filled in on the client. */
export default function CoursePage() {
  const lessons = listLessons();

  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Course" title="Course">
        <p>Learn AWS cloud networking one idea at a time, with diagrams that show where each packet can go.</p>
      </PageHeader>

      <CourseProgressProvider>
      <section aria-labelledby="lessons-title" className="mt-10 max-w-3xl">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="lessons-title" className="text-2xl font-semibold tracking-tight">
            Lessons
          </h2>
          <CourseProgressLine lessonSlugs={lessons.map((l) => l.slug)} />
        </div>
        <ol className="mt-4 space-y-4">
          {lessons.map(({ slug, frontmatter }) => (
            <li key={slug} className="relative rounded-xl border border-border bg-bg p-5 transition-colors hover:border-accent hover:bg-surface sm:p-6">
              <div className="flex items-start justify-between gap-4">
                <p className="text-sm font-semibold text-muted">Lesson {frontmatter.order}</p>
                <LessonStatus lessonSlug={slug} />
              </div>
              <h3 className="mt-1 text-xl font-semibold tracking-tight">
                {/* The link covers the card (after:inset-0), so the whole card is one target with one name. */}
                <Link href={lessonPath(slug)} className="text-fg after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-accent">
                  {frontmatter.title}
                </Link>
              </h3>
              <p className="mt-2 text-muted text-pretty">{frontmatter.summary}</p>
              <p className="mt-3 text-sm text-muted">
                {frontmatter.estimatedMinutes} min · {frontmatter.objectives.length} objectives
              </p>
            </li>
          ))}
        </ol>
        {lessons.length === 0 ? <p className="mt-4 text-muted">The first lessons are being written.</p> : null}
      </section>
      </CourseProgressProvider>

      <div className="mt-14 max-w-3xl">
        <article className="prose prose-slate max-w-none dark:prose-invert prose-headings:tracking-tight prose-a:text-accent">
          <Overview />
        </article>
      </div>
    </div>
  );
}
