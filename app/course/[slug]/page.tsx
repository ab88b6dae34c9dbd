import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonPager } from "@/components/course/lesson-pager";
import { MarkComplete } from "@/components/course/mark-complete";
import { TableOfContentsDisclosure, TableOfContentsSidebar } from "@/components/course/table-of-contents";
import { lessonComponents } from "@/components/mdx/registry";
import { TermExpandedState } from "@/components/mdx/term-state";
import { LessonExercises } from "@/components/exercises/LessonExercises";
import { compileLesson } from "@/lib/content/compile-lesson";
import { getLesson, listLessons } from "@/lib/content/lessons";
import { pageContainer } from "@/components/ui/styles";

type Params = { slug: string };

/** Every lesson is prerendered at build time (static HTML; progress is read on the client); any other slug is the app's 404. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const { frontmatter, headings } = lesson;
  const Content = await compileLesson(lesson.body);

  return (
    <div className={`${pageContainer} py-10 lg:grid lg:grid-cols-[minmax(0,1fr)_13rem] lg:gap-10 lg:py-12`}>
      <article className="min-w-0">
        <header className="max-w-[68ch]">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent">
            <Link href="/course" className="hover:underline">
              Course
            </Link>
            <span aria-hidden="true"> · </span>Lesson {frontmatter.order}
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{frontmatter.title}</h1>
          <p className="mt-4 text-lg text-muted text-pretty">{frontmatter.summary}</p>
          <p className="mt-3 text-sm text-muted">
            About {frontmatter.estimatedMinutes} minutes · {frontmatter.objectives.length} objectives
          </p>
        </header>
        <div className="mt-6 max-w-[68ch] lg:hidden">
          <TableOfContentsDisclosure headings={headings} />
        </div>
        <div className="lesson-prose prose prose-slate mt-8 max-w-none [&>*]:max-w-[68ch] [&>.lesson-widget]:max-w-none dark:prose-invert prose-headings:scroll-mt-6 prose-headings:tracking-tight prose-h2:mt-12 prose-a:text-accent prose-code:rounded prose-code:bg-surface-strong prose-code:px-1 prose-code:py-0.5 prose-code:font-normal prose-code:before:content-none prose-code:after:content-none prose-pre:bg-surface-strong prose-pre:text-fg [&_pre_code]:bg-transparent [&_pre_code]:p-0 prose-th:text-left">
          <Content components={lessonComponents(frontmatter.objectives)} />
        </div>
        <TermExpandedState />
        <div className="max-w-[68ch]">
          <LessonExercises slug={lesson.slug} />
          <MarkComplete lessonSlug={lesson.slug} />
          <LessonPager previous={lesson.previous} next={lesson.next} />
        </div>
      </article>
      <aside className="hidden lg:block">
        <TableOfContentsSidebar headings={headings} />
      </aside>
    </div>
  );
}
