// The exam timer's words: the time left as text, and the few moments worth announcing to a screen
// reader (not every second).

/** Announced once each, as the time left crosses them. */
export const ANNOUNCE_AT_MS = [30 * 60_000, 10 * 60_000, 5 * 60_000, 60_000] as const;

/** "1:05:09", "12:04", "0:09". */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** The announcement due when the time left goes from `before` to `now` (ms), if a threshold was crossed. */
export function announcementBetween(before: number, now: number): string | null {
  const crossed = ANNOUNCE_AT_MS.filter((t) => before > t && now <= t);
  const threshold = crossed.at(-1);
  if (threshold === undefined) return null;
  const minutes = threshold / 60_000;
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"} left.`;
}
