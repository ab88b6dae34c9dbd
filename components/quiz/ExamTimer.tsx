"use client";
// The visible countdown of a timed exam, driven by the server's deadline (corrected by the offset between
// the server's clock and the browser's). Screen readers hear it at 30, 10, 5 and 1 minutes left, politely,
// not every second. At zero it calls onExpire once; the server enforces the limit whatever the browser does.
import { useEffect, useRef, useState } from "react";
import { announcementBetween, formatRemaining } from "./timer-text";

export function ExamTimer({ deadlineAt, clockOffsetMs, onExpire }: { deadlineAt: string; clockOffsetMs: number; onExpire: () => void }) {
  const deadline = new Date(deadlineAt).getTime();
  const remainingNow = () => deadline - (Date.now() + clockOffsetMs);
  const [remaining, setRemaining] = useState(remainingNow);
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef(remaining);
  const expired = useRef(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    const tick = () => {
      const now = deadline - (Date.now() + clockOffsetMs);
      const message = announcementBetween(previous.current, now);
      if (message) setAnnouncement(message);
      previous.current = now;
      setRemaining(now);
      if (now <= 0 && !expired.current) {
        expired.current = true;
        expire.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, clockOffsetMs]);

  const low = remaining <= 5 * 60_000;
  return (
    <div className={`rounded-lg border px-3 py-2 ${low ? "border-2 border-danger" : "border-border"} bg-bg`}>
      <p>
        <span className="block text-sm text-muted">Time left</span>
        <span className={`font-mono text-xl font-semibold tabular-nums ${low ? "text-danger" : ""}`}>
          {low ? <span aria-hidden="true">⏱ </span> : null}
          {formatRemaining(remaining)}
        </span>
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
