"use client";
/**
 * The exercise player: the brief and the goals, Check (the engine in the browser, visible goals only) with the
 * failing packet and the deciding rule or route drawn on the diagram, Submit (the server grades; its verdict is
 * final), hints one tier at a time, Reset to start, the attempt history and the solved state. Editors for
 * exactly the resources and fields the exercise opens. State and engine calls live in the player controller.
 */
import Link from "next/link";
import { useSession } from "next-auth/react";
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { narrate } from "@/components/network/narrative";
import { TopologyView } from "@/components/topology/TopologyView";
import "@/components/network/widgets.css";
import { useHydrated } from "@/components/ui/use-hydrated";
import { BriefText } from "./brief-text";
import { exerciseApi } from "./exercise-api";
import { ExerciseEditors } from "./ExerciseEditors";
import { createExercisePlayerController, type ExercisePlayerController } from "./exercise-player-controller";
import { GoalList } from "./GoalList";
import { AttemptHistory, SubmittedVerdict } from "./AttemptHistory";
import { HintsPanel } from "./HintsPanel";
import type { PlayerExercise } from "./player-types";

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

export function ExercisePlayer({ exercise }: { exercise: PlayerExercise }) {
  const [player] = useState(() => createExercisePlayerController(exercise, exerciseApi(exercise.id)));
  const { status: session } = useSession();
  const loadedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (session === "loading" || loadedFor.current === session) return;
    loadedFor.current = session;
    void player.load(session === "authenticated");
  }, [session, player]);
  return <Player player={player} sessionLoading={session === "loading"} />;
}

function Player({ player, sessionLoading }: { player: ExercisePlayerController; sessionLoading: boolean }) {
  const { exercise } = player;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const s = useSyncExternalStore(player.store.subscribe, player.store.getState, player.store.getState);
  const lab = useSyncExternalStore(s.lab.store.subscribe, s.lab.store.getState, s.lab.store.getState);
  const dialog = useRef<HTMLDialogElement>(null);
  const solved = s.status === "solved" || !!s.verdict?.solved;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/exercises/${exercise.id}`)}`;

  const checked = s.check && s.check.ok ? s.check : undefined;
  const drawn = checked?.goals.find((g) => g.id === s.drawnGoalId);
  const narrative = useMemo(() => (drawn && checked ? narrate(checked.model, drawn.analysis) : undefined), [drawn, checked]);
  const stale = s.checkedVersion !== undefined && lab.version !== s.checkedVersion;
  // The page is static HTML: until React has hydrated it, a click on Check, an editor or the diagram would do
  // nothing. Every control of the player is disabled until then (a disabled fieldset), and the status says so.
  const hydrated = useHydrated();

  return (
    <fieldset disabled={!hydrated} aria-busy={hydrated ? undefined : true} aria-describedby={hydrated ? undefined : `${uid}-loading`} className="rn-widget m-0 flex min-w-0 flex-col gap-8 border-0 p-0">
      {hydrated ? null : (
        // Read by screen readers as the fieldset's description; visually hidden so that its removal on hydration does
        // not shift the page (sighted users see the disabled controls and "Loading…" beside Check).
        <p id={`${uid}-loading`} className="sr-only">
          Loading the exercise… Check, the editors and the diagram work once the page has loaded.
        </p>
      )}
      {!sessionLoading && s.loaded && !s.signedIn ? (
        <p className="rounded-lg border border-border bg-surface px-4 py-3">
          You can edit and check this exercise as a visitor.{" "}
          <Link href={signInHref} className="font-medium text-accent underline underline-offset-4">Sign in</Link> to submit it for grading, reveal hints and keep your attempts.
        </p>
      ) : null}

      {solved ? (
        <section aria-labelledby={`${uid}-solved`} className="rn-verdict-ok rounded-lg">
          <h2 id={`${uid}-solved`} className="text-lg font-semibold">
            <span aria-hidden="true">✓ </span>Solved
          </h2>
          <p className="m-0">
            {s.restoredFrom
              ? `The network below is your solution, submitted ${formatTime(s.restoredFrom)}. `
              : s.verdict?.solved
                ? "Every goal is met and your solution is saved. "
                : "You solved this exercise before. "}
            You can keep experimenting; Reset to start gives you the starting network again.
          </p>
        </section>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section aria-labelledby={`${uid}-task`} className="flex flex-col gap-3">
          <h2 id={`${uid}-task`} className="text-xl font-semibold">The task</h2>
          <BriefText text={exercise.brief} />
          <p className="m-0 text-sm text-muted">
            Graded on the outcome: any network that meets every goal passes, and an over-permissive fix fails the goals that must stay blocked.
          </p>
        </section>
        <section aria-labelledby={`${uid}-goals`} className="flex flex-col gap-3">
          <h2 id={`${uid}-goals`} className="text-xl font-semibold">Goals</h2>
          <GoalList exercise={exercise} state={s} stale={stale} onDraw={(id) => player.drawGoal(id)} />
          <div className="rn-toolbar">
            <button type="button" className="rn-button rn-button-primary" onClick={() => player.check()}>Check</button>
            {!s.loaded ? (
              // Until the learner's attempts are read, a submission's result could be overwritten by them.
              <button type="button" className="rn-button rn-button-primary" disabled>Submit</button>
            ) : s.signedIn ? (
              <button type="button" className="rn-button rn-button-primary" onClick={() => void player.submit()} aria-disabled={s.submitting}>
                {s.submitting ? "Submitting…" : "Submit"}
              </button>
            ) : (
              <Link href={signInHref} className="rn-button">Sign in to submit</Link>
            )}
            <button type="button" className="rn-button" onClick={() => dialog.current?.showModal()}>Reset to start</button>
          </div>
          <p role="status" aria-live="polite" className="m-0 min-h-6 text-sm font-medium">
            {/* A trailing no-break space on every other announcement makes a repeated text a change, so it is read again. */}
            {hydrated ? s.announcement.text : "Loading…"}
            {s.announcement.n % 2 ? "\u00a0" : ""}
          </p>
          {s.submitError ? (
            <p role="alert" className="rn-error m-0">
              Not submitted: {s.submitError.message}
              {s.submitError.status === 401 ? <> <Link href={signInHref} className="underline">Sign in</Link></> : null}
            </p>
          ) : null}
          {s.verdict ? <SubmittedVerdict attempt={s.verdict} /> : null}
        </section>
      </div>

      <section aria-labelledby={`${uid}-diagram`} className="flex flex-col gap-3">
        <h2 id={`${uid}-diagram`} className="text-xl font-semibold">The network</h2>
        <p className="m-0 text-sm text-muted">
          {drawn
            ? `Drawn: the packet of the goal “${drawn.description}” (${drawn.met ? "met" : "not met"}). ✓ marks where it passed, ✗ where it was stopped.`
            : checked
              ? "Choose “Show on the diagram” on a goal to draw its packet here, hop by hop."
              : "Press Check to evaluate the goals; a goal that is not met is drawn here, hop by hop."}
        </p>
        <TopologyView
          key={s.labKey}
          topology={lab.topology}
          layouts={lab.layouts}
          caption={`${exercise.title}`}
          {...(drawn ? { analysis: drawn.analysis } : {})}
          {...(narrative ? { narrative } : {})}
        />
      </section>

      <ExerciseEditors key={s.labKey} exercise={exercise} lab={s.lab} />

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <HintsPanel player={player} state={s} signInHref={signInHref} />
        <AttemptHistory state={s} signInHref={signInHref} />
      </div>

      <dialog ref={dialog} aria-labelledby={`${uid}-reset-title`} aria-describedby={`${uid}-reset-text`} className="m-auto max-w-md rounded-xl border border-border bg-bg p-6 text-fg backdrop:bg-black/60">
        <h2 id={`${uid}-reset-title`} className="text-lg font-semibold">Reset the network to its start?</h2>
        <p id={`${uid}-reset-text`} className="mt-2">Every change you made on this page is undone. Your submitted attempts and revealed hints are kept.</p>
        <form method="dialog" className="rn-toolbar mt-4">
          <button type="submit" value="cancel" className="rn-button">Cancel</button>
          <button type="submit" value="reset" className="rn-button rn-button-danger" onClick={() => player.reset()}>Yes, reset</button>
        </form>
      </dialog>
    </fieldset>
  );
}
