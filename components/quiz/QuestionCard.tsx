"use client";
// One question: its stem, a read-only network diagram when it has one, and native inputs (radio buttons,
// checkboxes or a number field). Once the result is revealed, every choice says whether it is right and
// why, in text and icons, never by colour alone.
import dynamic from "next/dynamic";
import type { Ref } from "react";
import type { QuestionView } from "@/lib/quiz/session-view";
import { textLink } from "@/components/ui/styles";
import type { AnswerDraft } from "./answer-draft";

const TopologyDiagram = dynamic(() => import("@/components/topology/TopologyDiagram").then((m) => m.TopologyDiagram), {
  loading: () => <p className="text-muted">Loading the network diagram…</p>,
});

function keyIds(view: QuestionView): string[] {
  const key = view.result?.key;
  if (key === undefined) return [];
  if (typeof key === "string") return [key];
  if ("ids" in key) return [...key.ids];
  return [];
}

function chosenIds(view: QuestionView): string[] {
  const a = view.answer;
  if (!a) return [];
  if ("choice" in a) return [a.choice];
  if ("choices" in a) return [...a.choices];
  return [];
}

export function QuestionCard({
  view,
  total,
  draft,
  onDraft,
  locked,
  error,
  headingRef,
}: {
  view: QuestionView;
  total: number;
  draft: AnswerDraft;
  onDraft: (draft: AnswerDraft) => void;
  locked: boolean;
  error?: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const q = view.question;
  const base = `q-${q.questionId}`;
  const stemId = `${base}-stem`;
  const errorId = `${base}-error`;
  const describedBy = [stemId, error ? errorId : null].filter(Boolean).join(" ");
  const revealed = view.result !== undefined;
  const right = new Set(keyIds(view));
  const chosen = new Set(chosenIds(view));

  return (
    <section aria-labelledby={`${base}-title`} className="space-y-4">
      <h2 id={`${base}-title`} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Question {view.position} of {total}
      </h2>
      <p id={stemId} className="text-lg text-pretty">
        {q.stem}
      </p>
      {q.network ? (
        <div className="rounded-lg border border-border bg-bg p-2">
          <TopologyDiagram snapshot={q.network.snapshot} caption="The network this question is about" />
        </div>
      ) : null}

      {q.kind === "numeric" ? (
        <div>
          <label htmlFor={`${base}-value`} className="block font-semibold">
            Your answer (a number)
          </label>
          <input
            id={`${base}-value`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.value ?? ""}
            disabled={locked}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onDraft({ value: e.target.value })}
            className={`mt-1.5 block min-h-11 w-48 max-w-full rounded-lg border bg-bg px-3 py-2 text-base text-fg shadow-sm ${error ? "border-2 border-danger" : "border-border"}`}
          />
        </div>
      ) : (
        <fieldset aria-describedby={describedBy}>
          <legend className="font-semibold">{q.kind === "multiple" ? `Choose ${q.choose ?? 2} answers` : "Choose one answer"}</legend>
          <ul className="mt-2 space-y-2">
            {(q.choices ?? []).map((choice) => {
              const inputId = `${base}-${choice.id}`;
              const checked = q.kind === "single" ? draft.choice === choice.id : (draft.choices ?? []).includes(choice.id);
              const isRight = right.has(choice.id);
              const wasChosen = chosen.has(choice.id);
              return (
                <li key={choice.id}>
                  <label
                    htmlFor={inputId}
                    className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 ${
                      checked ? "border-2 border-accent bg-accent-soft" : "border-border bg-bg"
                    } ${locked ? "cursor-default" : "hover:bg-surface-strong"}`}
                  >
                    <input
                      id={inputId}
                      type={q.kind === "single" ? "radio" : "checkbox"}
                      name={`${base}-choice`}
                      value={choice.id}
                      checked={checked}
                      disabled={locked}
                      onChange={(e) => {
                        if (q.kind === "single") onDraft({ choice: choice.id });
                        else {
                          const set = new Set(draft.choices ?? []);
                          if (e.target.checked) set.add(choice.id);
                          else set.delete(choice.id);
                          onDraft({ choices: [...set].sort() });
                        }
                      }}
                      className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
                    />
                    <span className="flex-1">
                      <span className="font-medium">{choice.id.toUpperCase()}.</span> {choice.text}
                      {revealed ? (
                        <span className="mt-1 flex flex-wrap gap-2 text-sm font-semibold">
                          {isRight ? (
                            <span className="text-success">
                              <span aria-hidden="true">✓ </span>Right answer
                            </span>
                          ) : null}
                          {wasChosen ? (
                            <span className={isRight ? "text-success" : "text-danger"}>
                              <span aria-hidden="true">{isRight ? "● " : "✗ "}</span>Your choice
                            </span>
                          ) : null}
                        </span>
                      ) : null}
                      {revealed && view.result?.choiceExplanations[choice.id] ? (
                        <span className="mt-1 block text-sm text-muted">{view.result.choiceExplanations[choice.id]}</span>
                      ) : null}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 font-medium text-danger">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      ) : null}
    </section>
  );
}

/** The verdict and explanation after answering (practice, review, or a finished exam). */
export function AnswerResult({ view, headingRef }: { view: QuestionView; headingRef?: Ref<HTMLHeadingElement> }) {
  const result = view.result;
  if (!result) return null;
  const answered = view.answer !== null;
  const key = result.key;
  const numericKey = typeof key === "object" && "value" in key ? key : null;
  return (
    <div className={`rounded-lg border-2 p-4 ${view.correct ? "border-success" : "border-danger bg-danger-soft"}`}>
      <h3 ref={headingRef} tabIndex={-1} className={`text-lg font-semibold ${view.correct ? "text-success" : "text-danger"}`}>
        <span aria-hidden="true">{view.correct ? "✓ " : "✗ "}</span>
        {view.correct ? "Correct" : answered ? "Not quite" : "Not answered"}
      </h3>
      {numericKey ? (
        <p className="mt-1">
          {view.answer && "value" in view.answer ? `Your answer: ${view.answer.value}. ` : ""}The answer: {numericKey.value}
          {numericKey.tolerance ? ` (± ${numericKey.tolerance})` : ""}.
        </p>
      ) : null}
      <p className="mt-2">{result.explanation}</p>
      {result.engineFinding ? (
        <p className="mt-2">
          <span className="font-semibold">What the reachability engine finds: </span>
          {result.engineFinding}
        </p>
      ) : null}
      <p className="mt-2">
        <a className={textLink} href={`/course/${result.lesson.slug}#${result.lesson.section}`}>
          Read the lesson section on this
        </a>
      </p>
    </div>
  );
}
