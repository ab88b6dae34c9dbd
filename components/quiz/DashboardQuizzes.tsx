// The dashboard's quiz sections: recent sessions (mode, score, date, a link to the report or to resume)
// and the weakest exam domains from every graded answer, lowest first, with links to practise them.
import Link from "next/link";
import { card, secondaryButton, textLink } from "@/components/ui/styles";
import { domainLabel } from "@/lib/quiz/domains";
import type { DomainMastery } from "@/lib/quiz/mastery";

const MODE_TITLES: Record<string, string> = { practice: "Practice", exam: "Timed exam", review: "Review" };
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export interface QuizAttemptSummary {
  id: string;
  mode: string;
  score: number;
  maxScore: number;
  percent: number;
  completedAt: string | null;
}

export function DashboardQuizzes({ attempts, mastery }: { attempts: readonly QuizAttemptSummary[]; mastery: readonly DomainMastery[] }) {
  const recent = attempts.slice(0, 10);
  return (
    <>
      <section aria-labelledby="quizzes-title" className={card}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="quizzes-title" className="text-xl font-semibold">
            Quizzes
          </h2>
          {attempts.length ? <p className="text-sm font-medium text-muted">{attempts.length} sessions</p> : null}
        </div>
        <div className="mt-4">
          {recent.length === 0 ? (
            <div className="flex flex-col items-start gap-3">
              <p className="text-muted">You have not taken any quizzes yet.</p>
              <Link href="/quizzes" className={secondaryButton}>
                Practice a quiz
              </Link>
            </div>
          ) : (
            <ul className="divide-y divide-border">
              {recent.map((attempt) => (
                <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="font-medium">{MODE_TITLES[attempt.mode] ?? attempt.mode}</span>
                  <span className="text-sm text-muted">
                    {attempt.completedAt ? (
                      <>
                        {attempt.score} / {attempt.maxScore} ({attempt.percent}%) · {dateFormat.format(new Date(attempt.completedAt))} ·{" "}
                        <Link href={`/quizzes/sessions/${attempt.id}/report`} className={textLink}>
                          Report<span className="sr-only"> of this {(MODE_TITLES[attempt.mode] ?? attempt.mode).toLowerCase()} session</span>
                        </Link>
                      </>
                    ) : (
                      <>
                        In progress ·{" "}
                        <Link href={`/quizzes/sessions/${attempt.id}`} className={textLink}>
                          Resume<span className="sr-only"> this {(MODE_TITLES[attempt.mode] ?? attempt.mode).toLowerCase()} session</span>
                        </Link>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section aria-labelledby="domains-title" className={card}>
        <h2 id="domains-title" className="text-xl font-semibold">
          Weakest domains
        </h2>
        {mastery.length === 0 ? (
          <p className="mt-4 text-muted">Answer a few quiz questions to see how you stand in each exam domain.</p>
        ) : (
          <>
            <p className="mt-1 text-muted">From every answer you have had graded, lowest first.</p>
            <ol className="mt-4 divide-y divide-border">
              {mastery.map((m) => (
                <li key={m.domain} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">{domainLabel(m.domain)}</span>
                    <span className="block text-sm text-muted">
                      {m.correct} of {m.answered} correct ({m.percent}%)
                    </span>
                  </span>
                  <Link href={`/quizzes?domain=${m.domain}#practice-title`} className={secondaryButton}>
                    Practise<span className="sr-only"> {domainLabel(m.domain)}</span>
                  </Link>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
