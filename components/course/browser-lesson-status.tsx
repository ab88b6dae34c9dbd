"use client";
// A visitor's "completed" mark on the course page, read from this browser's localStorage after hydration.
// The slot has a fixed size from the first render, so the mark appears without moving anything.
import { useEffect, useState } from "react";
import { readBrowserProgress } from "@/lib/progress/browser-progress";
import { CompletedMark } from "./completed-mark";

export function BrowserLessonStatus({ lessonSlug }: { lessonSlug: string }) {
  const [completed, setCompleted] = useState(false);
  useEffect(() => {
    setCompleted(Boolean(readBrowserProgress(window.localStorage).lessons[lessonSlug]));
  }, [lessonSlug]);
  return <CompletedMark completed={completed} where="in this browser" />;
}
