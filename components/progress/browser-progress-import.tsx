"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import {
  clearBrowserProgress,
  hasBrowserProgress,
  readBrowserProgress,
  toImportRequest,
  type BrowserProgress,
} from "@/lib/progress/browser-progress";
import type { ErrorBody } from "@/lib/http/json-response";
import { primaryButton } from "../ui/styles";

/** Offers to import progress made in this browser while signed out. Renders nothing when there is none. */
export function BrowserProgressImport() {
  const router = useRouter();
  const [progress, setProgress] = useState<BrowserProgress | null>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "pending" | "done" | "error"; message?: string }>({ kind: "idle" });

  useEffect(() => {
    // localStorage exists only in the browser, so this runs after hydration.
    setProgress(readBrowserProgress(window.localStorage));
  }, []);

  if (status.kind === "done") {
    return (
      <p role="status" className="rounded-lg border border-border bg-surface p-4">
        {status.message}
      </p>
    );
  }
  if (!progress || !hasBrowserProgress(progress)) return null;
  const lessons = toImportRequest(progress).lessons;

  async function importProgress() {
    setStatus({ kind: "pending" });
    try {
      const response = await fetch("/api/progress/import", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ lessons }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as ErrorBody | null;
        setStatus({ kind: "error", message: body?.error ?? "The import did not work. Please try again." });
        return;
      }
      const result = (await response.json()) as { imported: number; alreadyComplete: number };
      clearBrowserProgress(window.localStorage);
      setStatus({
        kind: "done",
        message: `Imported ${result.imported} ${result.imported === 1 ? "lesson" : "lessons"} from this browser.${
          result.alreadyComplete ? ` ${result.alreadyComplete} ${result.alreadyComplete === 1 ? "was" : "were"} already in your progress.` : ""
        }`,
      });
      router.refresh();
    } catch {
      setStatus({ kind: "error", message: "The server could not be reached. Check your connection and try again." });
    }
  }

  return (
    <section aria-labelledby="browser-progress-title" className="rounded-xl border-2 border-accent bg-accent-soft p-6">
      <h2 id="browser-progress-title" className="text-xl font-semibold">
        Progress from this browser
      </h2>
      <p className="mt-2">
        You completed {lessons.length} {lessons.length === 1 ? "lesson" : "lessons"} here before signing in. Import{" "}
        {lessons.length === 1 ? "it" : "them"} into your account to keep {lessons.length === 1 ? "it" : "them"} on every device.
      </p>
      {status.kind === "error" ? (
        <p role="alert" className="mt-3 font-medium text-danger">
          {status.message}
        </p>
      ) : null}
      <button type="button" className={`${primaryButton} mt-4`} onClick={importProgress} disabled={status.kind === "pending"}>
        {status.kind === "pending" ? "Importing…" : "Import progress"}
      </button>
    </section>
  );
}
