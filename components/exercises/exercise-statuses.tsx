"use client";
// The signed-in learner's status per exercise (new / attempted / solved), read on the client from
// GET /api/exercises so the pages that list exercises stay static. Visitors have none.
import { useSession } from "next-auth/react";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { ExerciseStatus } from "./player-types";

export type Statuses = { state: "loading" } | { state: "visitor" } | { state: "ready"; byId: ReadonlyMap<string, ExerciseStatus> } | { state: "error" };

const StatusContext = createContext<Statuses>({ state: "loading" });

export function ExerciseStatusProvider({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [statuses, setStatuses] = useState<Statuses>({ state: "loading" });
  useEffect(() => {
    if (status === "loading") return;
    if (status === "unauthenticated") {
      setStatuses({ state: "visitor" });
      return;
    }
    let cancelled = false;
    fetch("/api/exercises", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<{ exercises: { id: string; status?: ExerciseStatus }[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => {
        if (!cancelled) setStatuses({ state: "ready", byId: new Map(body.exercises.flatMap((e) => (e.status ? [[e.id, e.status] as const] : []))) });
      })
      .catch(() => {
        if (!cancelled) setStatuses({ state: "error" });
      });
    return () => {
      cancelled = true;
    };
  }, [status]);
  return <StatusContext.Provider value={statuses}>{children}</StatusContext.Provider>;
}

const LABEL: Record<ExerciseStatus, string> = { new: "New", attempted: "Attempted", solved: "Solved" };
const MARK: Record<ExerciseStatus, string> = { new: "○", attempted: "◐", solved: "✓" };

/** "✓ Solved", "◐ Attempted", "○ New" for a signed-in learner; nothing for a visitor. Fixed slot, so nothing moves. */
export function ExerciseStatusBadge({ id }: { id: string }) {
  const statuses = useContext(StatusContext);
  const status = statuses.state === "ready" ? (statuses.byId.get(id) ?? "new") : undefined;
  return (
    <span className={`inline-block min-h-6 min-w-24 text-sm font-semibold ${status === "solved" ? "text-success" : "text-muted"}`} data-status={status ?? ""}>
      {status ? (
        <>
          <span aria-hidden="true">{MARK[status]} </span>
          <span className="sr-only">Status: </span>
          {LABEL[status]}
        </>
      ) : null}
    </span>
  );
}

/** The line above a list: signed-in count of solved, or the visitor's invitation to sign in. */
export function ExerciseProgressLine({ ids, signInHref }: { ids: readonly string[]; signInHref: string }) {
  const statuses = useContext(StatusContext);
  if (statuses.state === "loading") return <p className="min-h-6 text-sm text-muted" />;
  if (statuses.state === "visitor")
    return (
      <p className="min-h-6 text-sm text-muted">
        Anyone can open and play these exercises.{" "}
        <a href={signInHref} className="font-medium text-accent underline underline-offset-4">Sign in</a> to submit them for grading, reveal hints and keep your status.
      </p>
    );
  if (statuses.state === "error") return <p className="min-h-6 text-sm text-muted">Your status could not be loaded.</p>;
  const solved = ids.filter((id) => statuses.byId.get(id) === "solved").length;
  return (
    <p className="min-h-6 text-sm text-muted">
      {solved} of {ids.length} solved
    </p>
  );
}
