"use client";
/** Hints, one tier at a time: each reveal is recorded by the server and counted with the next attempt. */
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { inlineMarkdown } from "./brief-text";
import type { ExercisePlayerController, PlayerState } from "./exercise-player-controller";

export function HintsPanel({ player, state, signInHref }: { player: ExercisePlayerController; state: PlayerState; signInHref: string }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const total = player.exercise.hints.total;
  const shown = state.revealedHints.length;
  // Revealing the last hint removes its button: focus moves to that hint instead of falling to the page body.
  const lastHint = useRef<HTMLLIElement>(null);
  const focusLastHint = useRef(false);
  useEffect(() => {
    if (focusLastHint.current && shown === total) {
      focusLastHint.current = false;
      lastHint.current?.focus();
    }
  }, [shown, total]);
  return (
    <section aria-labelledby={`${uid}-hints`} className="rn-panel flex flex-col gap-3">
      <h2 id={`${uid}-hints`} className="text-xl font-semibold">Hints</h2>
      <p className="m-0 text-sm text-[var(--rn-muted)]">
        {total} {total === 1 ? "hint" : "hints"}, gentlest first. Each one you reveal is recorded with your next attempt.
      </p>
      {shown > 0 ? (
        <ol className="m-0 flex list-none flex-col gap-2 p-0">
          {state.revealedHints.map((text, i) => (
            <li key={i} ref={i === total - 1 ? lastHint : undefined} tabIndex={i === total - 1 ? -1 : undefined} className="rounded-lg border border-border bg-surface px-3 py-2">
              <span className="font-semibold">Hint {i + 1} of {total}: </span>
              {inlineMarkdown(text)}
            </li>
          ))}
        </ol>
      ) : null}
      {!state.loaded ? (
        // Until the learner's revealed hints are read, a reveal could be overwritten by them: no button yet.
        <p className="m-0 text-sm">Loading your hints…</p>
      ) : !state.signedIn ? (
        <p className="m-0 text-sm">
          <Link href={signInHref} className="font-medium text-accent underline underline-offset-4">Sign in</Link> to reveal hints.
        </p>
      ) : shown < total ? (
        <div>
          <button type="button" className="rn-button" onClick={() => {
              focusLastHint.current = shown + 1 === total;
              void player.revealHint();
            }} aria-disabled={state.hintPending}>
            Show hint {shown + 1} of {total}
          </button>
        </div>
      ) : (
        <p className="m-0 text-sm">Every hint is shown.</p>
      )}
      {state.hintError ? (
        <p role="alert" className="rn-error m-0">{state.hintError.message}</p>
      ) : null}
    </section>
  );
}
