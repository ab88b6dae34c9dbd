import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { card, pageContainer, primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { requireUserOrRedirect } from "@/lib/auth/authorize.server";
import { ApiError } from "@/lib/http/json-response";
import { lessonLookup, quizDeps } from "@/lib/quiz/quiz-deps.server";
import { getScoreReport } from "@/lib/quiz/quiz-sessions.server";
import type { ScoreReport } from "@/lib/quiz/score-report";
import { sessionIdSchema } from "@/lib/quiz/session-schemas";

export const metadata: Metadata = { title: "Score report" };

const MODE_TITLES = { practice: "Practice", exam: "Timed exam", review: "Review" } as const;
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

async function loadReport(userId: string, id: string): Promise<ScoreReport> {
  if (!sessionIdSchema.safeParse(id).success) notFound();
  try {
    return await getScoreReport(quizDeps(), userId, id, lessonLookup());
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 409) redirect(`/quizzes/sessions/${id}`);
    throw error;
  }
}

export default async function ScoreReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/quizzes/sessions/${encodeURIComponent(id)}/report`);
  const report = await loadReport(user.id, id);
  return (
    <div className={`${pageContainer} space-y-8 py-10`}>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">{MODE_TITLES[report.mode]}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Score report</h1>
        <p className="mt-4 text-2xl font-semibold">
          {report.score} of {report.maxScore} correct ({report.percent}%)
        </p>
        <p className="mt-1 text-muted">
          Finished {dateTime.format(new Date(report.completedAt))} UTC
          {report.unanswered > 0 ? ` · ${report.unanswered} unanswered (counted as wrong)` : ""}
        </p>
      </div>

      <section aria-labelledby="domains-title" className={card}>
        <h2 id="domains-title" className="text-xl font-semibold">
          By exam domain
        </h2>
        <p className="mt-1 text-muted">Weakest first.</p>
        <div className="mt-4 overflow-x-auto" role="region" aria-labelledby="domains-title" tabIndex={0}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-2 pr-4">
                  Domain
                </th>
                <th scope="col" className="py-2 pr-4">
                  Correct
                </th>
                <th scope="col" className="py-2">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {report.domains.map((d) => (
                <tr key={d.domain} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {d.label}
                  </th>
                  <td className="py-2 pr-4">
                    {d.correct} of {d.total}
                  </td>
                  <td className="py-2">{d.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="revisit-title" className={card}>
        <h2 id="revisit-title" className="text-xl font-semibold">
          Lessons to revisit
        </h2>
        {report.revisit.length === 0 ? (
          <p className="mt-2">Nothing missed: every question was answered correctly.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {report.revisit.map((lesson) => (
              <li key={lesson.slug}>
                <Link href={`/course/${lesson.slug}`} className={textLink}>
                  {lesson.title}
                </Link>{" "}
                <span className="text-muted">
                  ({lesson.missed} missed)
                </span>
                <ul className="mt-1 list-disc pl-6">
                  {lesson.sections.map((s) => (
                    <li key={s.id}>
                      <Link href={`/course/${lesson.slug}#${s.id}`} className={textLink}>
                        {s.heading}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <Link href={`/quizzes/sessions/${report.id}`} className={primaryButton}>
          Go through the answers
        </Link>
        <Link href="/quizzes" className={secondaryButton}>
          Back to quizzes
        </Link>
        <Link href="/dashboard" className={secondaryButton}>
          Dashboard
        </Link>
      </div>
    </div>
  );
}
