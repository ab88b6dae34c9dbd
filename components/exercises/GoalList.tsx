"use client";
/**
 * The goals with their state after Check: met or not met (text and ✓/✗, never colour alone); for a goal not met,
 * the packet and what decided it, and a button that draws it on the diagram. Hidden goals are "checked when you
 * submit".
 */
import type { PlayerState } from "./exercise-player-controller";
import type { CheckedGoal } from "./goal-check";
import { isHidden, type PlayerExercise } from "./player-types";

function Explanation({ goal }: { goal: CheckedGoal }) {
  const e = goal.explanation;
  return (
    <div className="mt-2 flex flex-col gap-1 text-sm">
      <p className="m-0">
        {goal.expect === "reachable" ? "Expected to be reachable, but it is blocked." : "Expected to be blocked, but it is reachable."}
      </p>
      <p className="m-0 break-words">
        <span className="font-semibold">{e.leg === "reply" ? "Failing packet (the reply): " : "Failing packet: "}</span>
        <span className="rn-mono">{e.packet}</span>
      </p>
      <div>
        <p className="m-0 font-semibold [overflow-wrap:anywhere]">{goal.found === "blocked" ? `Decided by${e.code ? ` (${e.code})` : ""}:` : "Decided by:"}</p>
        <ul className="m-0 list-disc break-words pl-5">
          {e.decidedBy.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function GoalList({ exercise, state, stale, onDraw }: { exercise: PlayerExercise; state: PlayerState; stale: boolean; onDraw: (goalId: string) => void }) {
  const check = state.check;
  const results = check && check.ok ? new Map(check.goals.map((g) => [g.id, g])) : undefined;
  return (
    <div className="flex flex-col gap-2">
      {check && !check.ok ? (
        <p role="alert" className="rn-error m-0">
          The network cannot be checked: {check.error}
        </p>
      ) : null}
      {stale ? <p className="m-0 text-sm font-medium">You changed the network after this check: press Check again to update it.</p> : null}
      <ul className="m-0 flex list-none flex-col gap-2 p-0" aria-label="Goals">
        {exercise.goals.map((goal) => {
          const result = results?.get(goal.id);
          const hidden = isHidden(goal);
          const status = hidden ? "Checked when you submit" : result ? (result.met ? "Met" : "Not met") : "Not checked yet";
          const mark = hidden || !result ? "•" : result.met ? "✓" : "✗";
          const tone = !result || hidden ? "" : result.met ? "rn-ok-text" : "rn-blocked-text";
          const drawn = state.drawnGoalId === goal.id;
          return (
            <li key={goal.id} className={`rn-panel ${result && !result.met ? "rn-verdict-blocked" : ""}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="m-0 min-w-0 flex-1">{goal.description}</p>
                <p className={`m-0 shrink-0 text-sm ${tone || "text-[var(--rn-muted)]"}`}>
                  <span aria-hidden="true">{mark} </span>
                  {status}
                </p>
              </div>
              {result && !result.met ? <Explanation goal={result} /> : null}
              {result ? (
                <button type="button" className="rn-button mt-2" aria-pressed={drawn} onClick={() => onDraw(goal.id)}>
                  <span aria-hidden="true">{drawn ? "✓ " : ""}</span>
                  Show on the diagram
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
