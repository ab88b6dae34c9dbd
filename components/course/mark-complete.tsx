"use client";
// "Mark complete" at the end of a lesson. Signed in: POST /api/progress/lessons and show the saved state.
// Visitor: localStorage (lib/progress/browser-progress), with a hint that an account keeps it on every device.
// The state is announced through a polite status region; the button keeps its place and size throughout.
import Link from "next/link";
import { useEffect, useState } from "react";
import type { ErrorBody } from "@/lib/http/json-response";
import { markLessonCompleteInBrowser } from "@/lib/progress/browser-progress";
import { primaryButton, secondaryButton, textLink } from "../ui/styles";
import { useCompletedLessons } from "./use-completed-lessons";

type State = { kind: "idle" } | { kind: "pending" } | { kind: "done"; justNow: boolean } | { kind: "error"; message: string };

export function MarkComplete({ lessonSlug }: { lessonSlug: string }) {
  // Read on the client (the page is static): the database's progress when signed in, else this browser's.
  const progress = useCompletedLessons();
  const signedIn = progress.status === "ready" && progress.signedIn;
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    if (progress.status === "ready" && progress.completed.has(lessonSlug)) setState((s) => (s.kind === "idle" ? { kind: "done", justNow: false } : s));
  }, [progress, lessonSlug]);

  async function markComplete() {
    if (progress.status === "loading" || state.kind === "done" || state.kind === "pending") return;
    if (!signedIn) {
      markLessonCompleteInBrowser(window.localStorage, lessonSlug);
      setState({ kind: "done", justNow: true });
      return;
    }
    setState({ kind: "pending" });
    try {
      const response = await fetch("/api/progress/lessons", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ lessonSlug }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as ErrorBody | null;
        setState({ kind: "error", message: body?.error ?? "Your progress was not saved. Please try again." });
        return;
      }
      setState({ kind: "done", justNow: true });
    } catch {
      setState({ kind: "error", message: "The server could not be reached. Check your connection and try again." });
    }
  }

  const done = state.kind === "done";
  const status = done
    ? signedIn
      ? state.justNow
        ? "Lesson marked complete. Saved to your progress."
        : "You have completed this lesson. It is saved to your progress."
      : state.justNow
        ? "Lesson marked complete in this browser."
        : "You completed this lesson in this browser."
    : state.kind === "pending"
      ? "Saving…"
      : "";

  return (
    <section aria-labelledby="lesson-progress-title" className="mt-12 rounded-xl border border-border bg-surface p-5 sm:p-6">
      <h2 id="lesson-progress-title" className="text-lg font-semibold tracking-tight">
        Finished this lesson?
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          onClick={markComplete}
          aria-disabled={done || state.kind === "pending" || progress.status === "loading"}
          className={`${done ? secondaryButton : primaryButton} min-w-48 aria-disabled:cursor-default`}
        >
          {done ? (
            <>
              <span aria-hidden="true">✓</span> Completed
            </>
          ) : state.kind === "pending" ? (
            "Saving…"
          ) : (
            "Mark complete"
          )}
        </button>
        <p role="status" className="min-h-6 text-sm text-muted">
          {status}
        </p>
      </div>
      {state.kind === "error" ? (
        <p role="alert" className="mt-3 text-sm font-medium text-danger">
          {state.message}
        </p>
      ) : null}
      {progress.status === "ready" && !signedIn ? (
        <p className="mt-3 text-sm text-muted">
          You are not signed in, so this is kept in this browser only.{" "}
          <Link href="/signup" className={textLink}>
            Create a free account
          </Link>{" "}
          to keep your progress on every device.
        </p>
      ) : null}
    </section>
  );
}
