import type { Metadata } from "next";
import Overview from "@/content/course/overview.mdx";
import { PageHeader } from "@/components/layout/page-header";
import { card, pageContainer } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Course" };

export default function CoursePage() {
  return (
    <div className={`${pageContainer} py-12`}>
      <PageHeader eyebrow="Course" title="Course">
        <p>Learn AWS cloud networking one idea at a time, with diagrams that show where each packet can go.</p>
      </PageHeader>
      <div className={`${card} mt-8 max-w-3xl`}>
        <p className="font-semibold">The first lessons are being written.</p>
        <p className="mt-1 text-muted">Here is what the course will cover. Everything will be free to read without an account.</p>
      </div>
      <article className="prose prose-slate mt-8 max-w-3xl dark:prose-invert prose-headings:tracking-tight prose-a:text-accent">
        <Overview />
      </article>
    </div>
  );
}
