"use client";
// The question player for practice, timed exams and review sessions. Everything it shows comes from the
// server: the session view (public questions, the learner's saved answers and flags, the deadline) and,
// after answering in practice or review, the graded result. A reload resumes where the server says.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { QuestionView, SessionView } from "@/lib/quiz/session-view";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { answerFromDraft, draftFromAnswer, sameAnswer, type AnswerDraft } from "./answer-draft";
import { ExamTimer } from "./ExamTimer";
import { AnswerResult, QuestionCard } from "./QuestionCard";
import { quizApi } from "./quiz-api";

const MODE_TITLES = { practice: "Practice", exam: "Timed exam", review: "Review" } as const;
/** A toggle button that is on: outlined in the accent colour, tinted, with its icon filled. */
const toggledButton = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 border-accent bg-accent-soft px-5 py-2.5 font-semibold text-fg";

type Focus = "question" | "result" | "review" | null;

export function QuizPlayer({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const reportHref = `/quizzes/sessions/${sessionId}/report`;
  const [view, setView] = useState<SessionView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [hard, setHard] = useState(false);
  const [screen, setScreen] = useState<"question" | "review" | "all">("question");
  const [draftError, setDraftError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<Focus>(null);

  const load = useCallback(
    async (initial: boolean) => {
      const result = await quizApi.session(sessionId);
      if (!result.ok) {
        if (initial) setLoadError(result.error);
        else setAlert(result.error);
        return null;
      }
      const data = result.data;
      setOffset(new Date(data.serverNow).getTime() - Date.now());
      setView(data);
      if (initial) {
        setDrafts(Object.fromEntries(data.questions.map((q) => [q.question.questionId, draftFromAnswer(q.answer)])));
        const firstOpen = data.questions.findIndex((q) => q.answer === null);
        setIndex(firstOpen === -1 ? 0 : firstOpen);
        if (data.status === "completed") setScreen("all");
      }
      return data;
    },
    [sessionId],
  );

  useEffect(() => {
    void load(true);
  }, [load]);

  // Moves focus once the element asked for is on the page (a render may come before the screen changes).
  useEffect(() => {
    const target = focusNext.current;
    const element = target === "question" ? headingRef.current : target === "result" ? resultRef.current : target === "review" ? reviewRef.current : null;
    if (element) {
      element.focus();
      focusNext.current = null;
    }
  });

  const current: QuestionView | undefined = view?.questions[index];

  function updateQuestion(questionId: string, patch: Partial<QuestionView>) {
    setView((v) => (v ? { ...v, questions: v.questions.map((q) => (q.question.questionId === questionId ? { ...q, ...patch } : q)) } : v));
  }

  const finishExam = useCallback(
    async (reason: "submit" | "time") => {
      setSubmitting(true);
      setStatus(reason === "time" ? "Time is up. Your exam is being submitted." : "Submitting your exam…");
      const result = await quizApi.submit(sessionId);
      // 409: the server already finished it (e.g. at its deadline); the report is ready either way.
      if (result.ok || result.status === 409) {
        router.push(reportHref);
        return;
      }
      setSubmitting(false);
      setAlert(result.error);
    },
    [router, reportHref, sessionId],
  );

  /** Exam: saves the current question's draft if it changed. */
  async function saveExamAnswer(questionView: QuestionView, draft: AnswerDraft): Promise<void> {
    const empty = draft.choice === undefined && (draft.choices ?? []).length === 0 && (draft.value ?? "").trim() === "";
    if (empty) return;
    const checked = answerFromDraft(questionView.question, draft);
    if (!checked.ok) {
      setAlert(`Question ${questionView.position} is not saved: ${checked.error}`);
      return;
    }
    if (sameAnswer(checked.answer, questionView.answer)) return;
    const result = await quizApi.answer(sessionId, questionView.question.questionId, checked.answer);
    if (!result.ok) {
      setAlert(result.error);
      if (result.status === 409) await load(false);
      return;
    }
    setAlert(null);
    updateQuestion(questionView.question.questionId, { answer: checked.answer });
    setStatus(`Answer to question ${questionView.position} saved.`);
  }

  async function goTo(next: number) {
    if (!view) return;
    // The answer being left is saved in the background: moving on never waits for the network.
    if (view.mode === "exam" && current && view.status === "active") void saveExamAnswer(current, drafts[current.question.questionId] ?? {});
    setDraftError(null);
    setHard(false);
    setIndex(Math.max(0, Math.min(view.questions.length - 1, next)));
    setScreen("question");
    focusNext.current = "question";
  }

  async function openReview() {
    if (view && current && view.status === "active") await saveExamAnswer(current, drafts[current.question.questionId] ?? {});
    setScreen("review");
    focusNext.current = "review";
  }

  function setDraft(questionView: QuestionView, draft: AnswerDraft) {
    setDrafts((d) => ({ ...d, [questionView.question.questionId]: draft }));
    setDraftError(null);
    // A radio choice in an exam is saved at once, so a reload or a lost tab keeps it.
    if (view?.mode === "exam" && questionView.question.kind === "single") void saveExamAnswer(questionView, draft);
  }

  async function checkAnswer() {
    if (!view || !current) return;
    const checked = answerFromDraft(current.question, drafts[current.question.questionId] ?? {});
    if (!checked.ok) {
      setDraftError(checked.error);
      focusNext.current = null;
      return;
    }
    setBusy(true);
    const result = await quizApi.answer(sessionId, current.question.questionId, checked.answer, hard);
    setBusy(false);
    if (!result.ok) {
      setAlert(result.error);
      return;
    }
    setAlert(null);
    const outcome = result.data;
    if (outcome.revealed) {
      updateQuestion(current.question.questionId, { answer: checked.answer, correct: outcome.correct, result: outcome.result });
      if (outcome.completed) setView((v) => (v ? { ...v, status: "completed" } : v));
      focusNext.current = "result";
    }
  }

  async function toggleFlag() {
    if (!current) return;
    const flagged = !current.flagged;
    const result = await quizApi.flag(sessionId, current.question.questionId, flagged);
    if (!result.ok) {
      setAlert(result.error);
      if (result.status === 409) await load(false);
      return;
    }
    updateQuestion(current.question.questionId, { flagged });
    setStatus(flagged ? `Question ${current.position} flagged for review.` : `Flag removed from question ${current.position}.`);
  }

  async function endPractice() {
    setBusy(true);
    const result = await quizApi.submit(sessionId);
    setBusy(false);
    if (result.ok || result.status === 409) router.push(reportHref);
    else setAlert(result.error);
  }

  if (loadError) {
    return (
      <div role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-4">
        <p className="font-semibold">This quiz session cannot be opened.</p>
        <p className="mt-1">{loadError}</p>
        <p className="mt-2">
          <Link href="/quizzes" className={textLink}>
            Back to quizzes
          </Link>
        </p>
      </div>
    );
  }
  if (!view) return <p className="text-muted">Loading your session…</p>;

  const total = view.questions.length;
  const isExam = view.mode === "exam";
  const active = view.status === "active";
  const answered = view.questions.filter((q) => q.answer !== null).length;
  const correctSoFar = view.questions.filter((q) => q.correct === true).length;
  const flagged = view.questions.filter((q) => q.flagged).length;

  const messages = (
    <>
      {alert ? (
        <div role="alert" className="flex items-start gap-2 rounded-lg border-2 border-danger bg-danger-soft p-3">
          <span aria-hidden="true">⚠</span>
          <p>{alert}</p>
        </div>
      ) : null}
    </>
  );

  const heading = (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{MODE_TITLES[view.mode]}</h1>
        <p className="mt-1 text-muted">
          {answered} of {total} answered
          {!isExam ? ` · ${correctSoFar} correct` : ""}
          {isExam && active ? ` · ${flagged} flagged` : ""}
        </p>
        <p role="status" className="mt-1 text-sm text-muted">
          {status}
        </p>
      </div>
      {isExam && active && view.deadlineAt ? <ExamTimer deadlineAt={view.deadlineAt} clockOffsetMs={offset} onExpire={() => void finishExam("time")} /> : null}
    </div>
  );

  // A finished session: every question with its result.
  if (screen === "all") {
    return (
      <div className="space-y-6">
        {heading}
        <p>
          This session is finished{view.score ? `: ${view.score.score} of ${view.score.maxScore} correct` : ""}.{" "}
          <Link href={reportHref} className={textLink}>
            See the score report
          </Link>
        </p>
        <ol className="space-y-8">
          {view.questions.map((q) => (
            <li key={q.question.questionId} className="space-y-3 rounded-xl border border-border bg-surface p-4 sm:p-6">
              <QuestionCard view={q} total={total} draft={draftFromAnswer(q.answer)} onDraft={() => {}} locked />
              <AnswerResult view={q} />
            </li>
          ))}
        </ol>
      </div>
    );
  }

  if (screen === "review" && isExam) {
    const unanswered = total - answered;
    return (
      <div className="space-y-6">
        {heading}
        {messages}
        <section aria-labelledby="review-title" className="rounded-xl border border-border bg-surface p-4 sm:p-6">
          <h2 id="review-title" ref={reviewRef} tabIndex={-1} className="text-xl font-semibold">
            Review before submitting
          </h2>
          <p className="mt-2">
            {answered} of {total} answered, {flagged} flagged.
            {unanswered > 0 ? ` ${unanswered} unanswered ${unanswered === 1 ? "question counts" : "questions count"} as wrong.` : ""}
          </p>
          <ul className="mt-4 divide-y divide-border">
            {view.questions.map((q, i) => (
              <li key={q.question.questionId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-semibold">Question {q.position}</span>
                  {" · "}
                  {q.answer !== null ? (
                    <span>
                      <span aria-hidden="true">✓ </span>Answered
                    </span>
                  ) : (
                    <span className="font-semibold text-danger">
                      <span aria-hidden="true">○ </span>Not answered
                    </span>
                  )}
                  {q.flagged ? (
                    <span>
                      {" · "}
                      <span aria-hidden="true">⚑ </span>Flagged
                    </span>
                  ) : null}
                </span>
                <button type="button" className={secondaryButton} onClick={() => void goTo(i)}>
                  Go to question {q.position}
                </button>
              </li>
            ))}
          </ul>
          <div className="mt-6 flex flex-wrap gap-3">
            <button type="button" className={primaryButton} disabled={submitting} onClick={() => void finishExam("submit")}>
              Submit exam
            </button>
            <button type="button" className={secondaryButton} onClick={() => void goTo(index)}>
              Back to the questions
            </button>
          </div>
        </section>
      </div>
    );
  }

  if (!current) return <p>This session has no questions.</p>;
  const draft = drafts[current.question.questionId] ?? {};
  const revealed = current.result !== undefined;
  const last = index === total - 1;

  return (
    <div className="space-y-6">
      {heading}
      {messages}
      <div className={isExam ? "grid gap-6 lg:grid-cols-[1fr_15rem]" : ""}>
        <form
          className="space-y-5 rounded-xl border border-border bg-surface p-4 sm:p-6"
          onSubmit={(e) => {
            e.preventDefault();
            if (isExam) void (last ? openReview() : goTo(index + 1));
            else if (!revealed) void checkAnswer();
            else if (!last) void goTo(index + 1);
          }}
        >
          <QuestionCard
            view={current}
            total={total}
            draft={draft}
            onDraft={(d) => setDraft(current, d)}
            locked={!active || (!isExam && current.answer !== null)}
            error={draftError}
            headingRef={headingRef}
          />
          {!isExam && !revealed && active ? (
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" checked={hard} onChange={(e) => setHard(e.target.checked)} className="size-5 accent-[var(--accent)]" />
              <span>I found this hard: bring it back for review soon</span>
            </label>
          ) : null}
          {revealed && !isExam ? <AnswerResult view={current} headingRef={resultRef} /> : null}

          <div className="flex flex-wrap gap-3">
            {isExam ? (
              <>
                <button type="button" className={secondaryButton} disabled={index === 0} onClick={() => void goTo(index - 1)}>
                  Previous
                </button>
                <button type="submit" className={primaryButton}>
                  {last ? "Save and review answers" : "Save and next"}
                </button>
                <button
                  type="button"
                  aria-pressed={current.flagged}
                  className={current.flagged ? toggledButton : secondaryButton}
                  onClick={() => void toggleFlag()}
                >
                  <span aria-hidden="true">{current.flagged ? "⚑" : "⚐"}</span>
                  Flag for review
                </button>
              </>
            ) : !revealed ? (
              <button type="submit" className={primaryButton} disabled={busy}>
                Check answer
              </button>
            ) : view.status === "completed" ? (
              <Link href={reportHref} className={primaryButton}>
                See your results
              </Link>
            ) : (
              <button type="submit" className={primaryButton}>
                Next question
              </button>
            )}
            {!isExam && active ? (
              <button type="button" className={secondaryButton} disabled={busy} onClick={() => void endPractice()}>
                End session
              </button>
            ) : null}
          </div>
        </form>

        {isExam ? (
          <aside className="space-y-4" aria-label="Exam navigation">
            <nav aria-label="Questions">
              <h2 className="font-semibold">Questions</h2>
              <p className="text-sm text-muted">
                <span aria-hidden="true">✓</span> answered · <span aria-hidden="true">⚑</span> flagged
              </p>
              <ol className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-2">
                {view.questions.map((q, i) => (
                  <li key={q.question.questionId}>
                    <button
                      type="button"
                      aria-label={`Question ${q.position}${q.answer !== null ? ", answered" : ""}${q.flagged ? ", flagged" : ""}`}
                      aria-current={i === index ? "step" : undefined}
                      onClick={() => void goTo(i)}
                      className={`flex min-h-11 w-full min-w-11 items-center justify-center gap-0.5 rounded-lg border text-sm font-semibold ${
                        i === index ? "border-2 border-accent bg-accent-soft" : "border-border bg-bg hover:bg-surface-strong"
                      }`}
                    >
                      {q.position}
                      {q.answer !== null ? <span aria-hidden="true">✓</span> : null}
                      {q.flagged ? <span aria-hidden="true">⚑</span> : null}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
            <button type="button" className={`${secondaryButton} w-full`} onClick={() => void openReview()}>
              Review answers
            </button>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
