"use client";
// The Quizzes page's three modes: practice by topic or domain, a timed exam (65 questions in 130 minutes
// by default, like the real exams, or shorter), and spaced review of missed and hard questions. It asks the
// server for the signed-in learner's review deck and unfinished sessions.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import type { BankStats } from "@/lib/quiz/bank-stats";
import type { QuizOverview } from "@/lib/quiz/session-view";
import { card, primaryButton, secondaryButton } from "@/components/ui/styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import { quizApi } from "./quiz-api";

const MODE_NAMES = { practice: "Practice", exam: "Timed exam", review: "Review" } as const;
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const inputClass = "mt-1.5 block min-h-11 w-32 rounded-lg border border-border bg-bg px-3 py-2 text-base text-fg shadow-sm";
const toggledButton = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-accent bg-accent-soft px-5 py-2.5 font-semibold text-fg";
const checkboxRow = "flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-surface-strong";

type Overview = { state: "loading" } | { state: "signed-out" } | { state: "error"; error: string } | { state: "ready"; data: QuizOverview };

export function QuizChooser({ stats }: { stats: BankStats }) {
  const router = useRouter();
  const [overview, setOverview] = useState<Overview>({ state: "loading" });
  const [error, setError] = useState<{ form: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [examLength, setExamLength] = useState("65");
  const [examMinutes, setExamMinutes] = useState("130");
  const [domains, setDomains] = useState<string[]>([]);
  // The page is static HTML: before React hydrates it, Start would submit the form to the page itself and a
  // preset would do nothing. The forms' controls are disabled until then, and a status line says so.
  const hydrated = useHydrated();
  const fieldsetClass = "m-0 min-w-0 border-0 p-0";

  // /quizzes?domain=<id> (the dashboard's "Practise" links) preselects that domain.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get("domain");
    if (wanted && stats.domains.some((d) => d.id === wanted)) setDomains([wanted]);
  }, [stats.domains]);

  useEffect(() => {
    void quizApi.overview().then((result) => {
      if (result.ok) setOverview({ state: "ready", data: result.data });
      else if (result.status === 401) setOverview({ state: "signed-out" });
      else setOverview({ state: "error", error: result.error });
    });
  }, []);

  async function start(form: string, config: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const result = await quizApi.start(config);
    if (result.ok) {
      router.push(`/quizzes/sessions/${result.data.id}`);
      return;
    }
    setBusy(false);
    setError({ form, message: result.status === 401 ? "Sign in to start a quiz: your answers and scores are kept in your account." : result.error });
  }

  function startPractice(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void start("practice", {
      mode: "practice",
      topics: data.getAll("topic").map(String),
      domains: data.getAll("domain").map(String),
      length: Number(data.get("length")),
    });
  }

  function startExam(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const family = String(data.get("family"));
    const domains = family === "all" ? [] : stats.domains.filter((d) => d.id.startsWith(`${family}-`)).map((d) => d.id);
    void start("exam", { mode: "exam", domains, length: Number(examLength), minutes: Number(examMinutes) });
  }

  const signedOut = overview.state === "signed-out";
  const signInLink = (
    <Link href="/signin?callbackUrl=%2Fquizzes" className={primaryButton}>
      Sign in to start
    </Link>
  );
  const formError = (form: string) =>
    error?.form === form ? (
      <div role="alert" className="flex items-start gap-2 rounded-lg border-2 border-danger bg-danger-soft p-3">
        <span aria-hidden="true">⚠</span>
        <p>{error.message}</p>
      </div>
    ) : null;

  return (
    <div className="mt-10 space-y-8">
      {hydrated ? null : (
        <p role="status" className="text-muted">
          Loading… the quiz forms work once the page has loaded.
        </p>
      )}
      {overview.state === "ready" && overview.data.active.length > 0 ? (
        <section aria-labelledby="resume-title" className={card}>
          <h2 id="resume-title" className="text-xl font-semibold">
            Pick up where you left off
          </h2>
          <ul className="mt-3 divide-y divide-border">
            {overview.data.active.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-semibold">{MODE_NAMES[s.mode]}</span> · {s.answered} of {s.total} answered · started {dateTime.format(new Date(s.startedAt))}
                  {s.deadlineAt ? ` · ends ${dateTime.format(new Date(s.deadlineAt))}` : ""}
                </span>
                <Link href={`/quizzes/sessions/${s.id}`} className={secondaryButton}>
                  Resume {MODE_NAMES[s.mode].toLowerCase()}
                  <span className="sr-only"> started {dateTime.format(new Date(s.startedAt))}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="practice-title" className={card}>
        <h2 id="practice-title" className="text-xl font-semibold">
          Practice
        </h2>
        <p className="mt-1 text-muted">Pick topics or exam domains. Each answer is graded at once and explained. Choose nothing to practise everything.</p>
        <form className="mt-4" onSubmit={startPractice}>
          <fieldset disabled={!hydrated} className={`${fieldsetClass} space-y-6`}>
            <fieldset>
              <legend className="font-semibold">Exam domains</legend>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {stats.domains.map((d) => (
                  <li key={d.id}>
                    <label className={checkboxRow}>
                      <input
                        type="checkbox"
                        name="domain"
                        value={d.id}
                        checked={domains.includes(d.id)}
                        onChange={(e) => setDomains((all) => (e.target.checked ? [...all, d.id] : all.filter((x) => x !== d.id)))}
                        className="size-5 shrink-0 accent-[var(--accent)]"
                      />
                      <span>
                        {d.label} <span className="text-muted">({d.count} {d.count === 1 ? "question" : "questions"})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <details className="rounded-lg border border-border bg-bg p-3">
              <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">
                Topics ({stats.topics.length}): choose one or more
              </summary>
              <fieldset className="mt-2">
                <legend className="sr-only">Topics</legend>
                <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                  {stats.topics.map((t) => (
                    <li key={t.id}>
                      <label className={checkboxRow}>
                        <input type="checkbox" name="topic" value={t.id} className="size-5 shrink-0 accent-[var(--accent)]" />
                        <span>
                          {t.label} <span className="text-muted">({t.count})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </details>
            <div>
              <label htmlFor="practice-length" className="block font-semibold">
                Questions
              </label>
              <select id="practice-length" name="length" defaultValue="10" className={inputClass}>
                {[5, 10, 20, 30].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            {formError("practice")}
            {signedOut ? signInLink : (
              <button type="submit" className={primaryButton} disabled={busy}>
                Start practice
              </button>
            )}
          </fieldset>
        </form>
      </section>

      <section aria-labelledby="exam-title" className={card}>
        <h2 id="exam-title" className="text-xl font-semibold">
          Timed exam
        </h2>
        <p className="mt-1 text-muted">
          Like the real exams: 65 questions in 130 minutes by default. Flag questions, review them before submitting, and see your score per domain.
          The server keeps the time: an exam still open at its deadline is submitted with the answers given in time. The bank holds {stats.total} questions;
          a longer exam uses all of them.
        </p>
        <form className="mt-4" onSubmit={startExam}>
          <fieldset disabled={!hydrated} className={`${fieldsetClass} space-y-5`}>
            <div>
              <label htmlFor="exam-family" className="block font-semibold">
                Questions from
              </label>
              <select id="exam-family" name="family" defaultValue="all" className="mt-1.5 block min-h-11 w-full max-w-md rounded-lg border border-border bg-bg px-3 py-2 text-base text-fg shadow-sm">
                <option value="all">Every domain</option>
                <option value="ans">Advanced Networking Specialty domains</option>
                <option value="saa">Solutions Architect Associate domains</option>
              </select>
            </div>
            <div className="flex flex-wrap gap-6">
              <div>
                <label htmlFor="exam-length" className="block font-semibold">
                  Number of questions
                </label>
                <input id="exam-length" type="number" min={1} max={100} required value={examLength} onChange={(e) => setExamLength(e.target.value)} className={inputClass} />
              </div>
              <div>
                <label htmlFor="exam-minutes" className="block font-semibold">
                  Time limit (minutes)
                </label>
                <input id="exam-minutes" type="number" min={1} max={240} required value={examMinutes} onChange={(e) => setExamMinutes(e.target.value)} className={inputClass} />
              </div>
            </div>
            <div className="flex flex-wrap gap-2" role="group" aria-label="Exam presets">
              {[
                { label: "Full exam: 65 questions, 130 minutes", length: "65", minutes: "130" },
                { label: "Half: 30 questions, 60 minutes", length: "30", minutes: "60" },
                { label: "Short: 10 questions, 20 minutes", length: "10", minutes: "20" },
              ].map((p) => (
                <button
                  key={p.label}
                  type="button"
                  aria-pressed={examLength === p.length && examMinutes === p.minutes}
                  className={`${examLength === p.length && examMinutes === p.minutes ? toggledButton : secondaryButton} text-sm`}
                  onClick={() => {
                    setExamLength(p.length);
                    setExamMinutes(p.minutes);
                  }}
                >
                  {p.label}
                </button>
              ))}
            </div>
            {formError("exam")}
            {signedOut ? signInLink : (
              <button type="submit" className={primaryButton} disabled={busy}>
                Start exam
              </button>
            )}
          </fieldset>
        </form>
      </section>

      <section aria-labelledby="review-title" className={card}>
        <h2 id="review-title" className="text-xl font-semibold">
          Review
        </h2>
        <p className="mt-1 text-muted">
          Spaced repetition: questions you missed or marked as hard come back when they are due, the most overdue first.
        </p>
        <div className="mt-4 space-y-4">
          {overview.state === "loading" ? <p className="text-muted">Checking your review deck…</p> : null}
          {overview.state === "error" ? <p>{overview.error}</p> : null}
          {overview.state === "ready" ? (
            <p className="font-semibold">
              {overview.data.review.total === 0
                ? "Nothing to review yet."
                : `${overview.data.review.due} of ${overview.data.review.total} ${overview.data.review.total === 1 ? "question" : "questions"} due now.`}
              {overview.data.review.total > 0 && overview.data.review.due === 0 && overview.data.review.nextDueAt
                ? ` The next is due ${dateTime.format(new Date(overview.data.review.nextDueAt))}.`
                : ""}
            </p>
          ) : null}
          {formError("review")}
          {signedOut ? signInLink : null}
          {overview.state === "ready" && overview.data.review.total > 0 ? (
            <button type="button" className={primaryButton} disabled={busy} onClick={() => void start("review", { mode: "review" })}>
              Start review
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}
