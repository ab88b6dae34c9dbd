"use client";
/** The server's verdict on the last submission, and the learner's attempt history (newest first). */
import Link from "next/link";
import { useId } from "react";
import type { PlayerState } from "./exercise-player-controller";
import type { Attempt } from "./player-types";

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const when = (iso: string) => timeFormat.format(new Date(iso));

export function goalsMet(attempt: Attempt): string {
  const met = attempt.goals.filter((g) => g.met).length;
  return `${met} of ${attempt.goals.length} goals met`;
}

export function SubmittedVerdict({ attempt }: { attempt: Attempt }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <section aria-labelledby={`${uid}-verdict`} className={attempt.solved ? "rn-verdict-ok" : "rn-verdict-blocked"}>
      <h3 id={`${uid}-verdict`}>
        <span aria-hidden="true">{attempt.solved ? "✓ " : "✗ "}</span>
        {attempt.solved ? "Graded: solved" : `Graded: not solved yet (${goalsMet(attempt)})`}
      </h3>
      <ul className="m-0 mt-1 list-none p-0 text-sm">
        {attempt.goals.map((g) => (
          <li key={g.id} className="py-0.5">
            <span className={g.met ? "rn-ok-text" : "rn-blocked-text"}>
              <span aria-hidden="true">{g.met ? "✓ " : "✗ "}</span>
              {g.met ? "Met" : "Not met"}:
            </span>{" "}
            {g.description}
            {g.hidden ? " (hidden goal)" : ""}
            {!g.met && g.explanation && g.explanation.codes.length > 0 ? (
              <span className="block break-words text-[var(--rn-muted)]">
                The engine found it {g.found}: <span className="rn-mono">{g.explanation.codes.join(", ")}</span>
                {g.explanation.components.length > 0 ? <> at <span className="rn-mono">{g.explanation.components.join(", ")}</span></> : null}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AttemptHistory({ state, signInHref }: { state: PlayerState; signInHref: string }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <section aria-labelledby={`${uid}-attempts`} className="rn-panel flex flex-col gap-3">
      <h2 id={`${uid}-attempts`} className="text-xl font-semibold">Your attempts</h2>
      {!state.signedIn ? (
        <p className="m-0 text-sm">
          <Link href={signInHref} className="font-medium text-accent underline underline-offset-4">Sign in</Link> to submit and keep a history of your attempts.
        </p>
      ) : state.attempts.length === 0 ? (
        <p className="m-0 text-sm text-[var(--rn-muted)]">No attempts yet. Submit when Check shows every goal met.</p>
      ) : (
        <div className="rn-table-wrap" role="region" aria-labelledby={`${uid}-attempts`} tabIndex={0}>
          <table className="rn-table">
            <caption className="rn-visually-hidden">Your attempts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">Result</th>
                <th scope="col">Hints used</th>
              </tr>
            </thead>
            <tbody>
              {state.attempts.map((a) => (
                <tr key={a.id}>
                  <td>{when(a.createdAt)}</td>
                  <td>
                    {a.solved ? (
                      <span className="rn-ok-text"><span aria-hidden="true">✓ </span>Solved</span>
                    ) : (
                      <span>{goalsMet(a)}</span>
                    )}
                  </td>
                  <td>{a.hintsUsed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
