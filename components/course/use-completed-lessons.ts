"use client";
// Which lessons the reader has completed, read on the client so the course and lesson pages stay static:
// a signed-in learner's from GET /api/progress (the database), a visitor's from this browser's localStorage.
import { useSession } from "next-auth/react";
import { useEffect, useState } from "react";
import type { ProgressSummary } from "@/lib/progress/progress-summary";
import { readBrowserProgress } from "@/lib/progress/browser-progress";

export type CompletedLessons =
  | { status: "loading" }
  | { status: "ready"; signedIn: boolean; completed: ReadonlySet<string> };

export function useCompletedLessons(): CompletedLessons {
  const { status } = useSession();
  const [state, setState] = useState<CompletedLessons>({ status: "loading" });
  useEffect(() => {
    if (status === "loading") return;
    if (status === "unauthenticated") {
      setState({ status: "ready", signedIn: false, completed: new Set(Object.keys(readBrowserProgress(window.localStorage).lessons)) });
      return;
    }
    let cancelled = false;
    fetch("/api/progress", { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<ProgressSummary>) : null))
      .then((progress) => {
        if (!cancelled) setState({ status: "ready", signedIn: true, completed: new Set(progress?.lessons.map((l) => l.lessonSlug) ?? []) });
      })
      .catch(() => {
        if (!cancelled) setState({ status: "ready", signedIn: true, completed: new Set() });
      });
    return () => {
      cancelled = true;
    };
  }, [status]);
  return state;
}
