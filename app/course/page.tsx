import type { Metadata } from "next";
import Link from "next/link";
import Overview from "@/content/course/overview.mdx";
import { BrowserLessonStatus } from "@/components/course/browser-lesson-status";
import { CompletedMark } from "@/components/course/completed-mark";
import { PageHeader } from "@/components/layout/page-header";
import { pageContainer } from "@/components/ui/styles";
import { currentUser } from "@/lib/auth/authorize.server";
import { lessonPath } from "@/lib/content/lesson-path";
import { listLessons } from "@/lib/content/lessons";
import { db } from "@/lib/db/client.server";
import { getProgress } from "@/lib/progress/progress.server";

export const metadata: Metadata = { title: "Course" };

export default async function CoursePage() {
  const lessons = listLessons();
  const user = await currentUser();
  const completed = user ? new Set((await getProgress(db(), user.id)).lessons.map((l) => l.lessonSlug)) : null;
  const done = completed ? lessons.filter((l) => completed.has(l.slug)).length : 0;

  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Course" title="Course">
        <p>Learn AWS cloud networking one idea at a time, with diagrams that show where each packet can go.</p>
      </PageHeader>

      <section aria-labelledby="lessons-title" className="mt-10 max-w-3xl">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="lessons-title" className="text-2xl font-semibold tracking-tight">
            Lessons
          </h2>
          {completed ? (
            <p className="text-sm text-muted">
              {done} of {lessons.length} completed
            </p>
          ) : (
            <p className="text-sm text-muted">
              <Link href="/signin?callbackUrl=%2Fcourse" className="font-medium text-accent underline underline-offset-4">
                Sign in
              </Link>{" "}
              to keep your progress on every device.
            </p>
          )}
        </div>
        <ol className="mt-4 space-y-4">
          {lessons.map(({ slug, frontmatter }) => (
            <li key={slug} className="relative rounded-xl border border-border bg-bg p-5 transition-colors hover:border-accent hover:bg-surface sm:p-6">
              <div className="flex items-start justify-between gap-4">
                <p className="text-sm font-semibold text-muted">Lesson {frontmatter.order}</p>
                {completed ? <CompletedMark completed={completed.has(slug)} /> : <BrowserLessonStatus lessonSlug={slug} />}
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

      <div className="mt-14 max-w-3xl">
        <article className="prose prose-slate max-w-none dark:prose-invert prose-headings:tracking-tight prose-a:text-accent">
          <Overview />
        </article>
      </div>
    </div>
  );
}
