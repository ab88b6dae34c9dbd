// Progress made by a visitor who is not signed in, kept in the browser's localStorage and offered
// for import after signing in. Typed, versioned and validated on read: a corrupt or foreign value
// reads as "no progress" rather than breaking the page.
import { z } from "zod";
import { slugSchema } from "./progress-schemas";

export const BROWSER_PROGRESS_KEY = "reachable.progress.v1";

const storedSchema = z.object({
  version: z.literal(1),
  /** Lesson slug → when it was completed (ISO 8601). */
  lessons: z.record(slugSchema, z.iso.datetime()),
});

export type BrowserProgress = z.infer<typeof storedSchema>;

export type ProgressStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const EMPTY_BROWSER_PROGRESS: BrowserProgress = { version: 1, lessons: {} };

export function readBrowserProgress(storage: ProgressStorage): BrowserProgress {
  let raw: string | null;
  try {
    raw = storage.getItem(BROWSER_PROGRESS_KEY);
  } catch {
    return EMPTY_BROWSER_PROGRESS;
  }
  if (!raw) return EMPTY_BROWSER_PROGRESS;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_BROWSER_PROGRESS;
  } catch {
    return EMPTY_BROWSER_PROGRESS;
  }
}

function write(storage: ProgressStorage, progress: BrowserProgress): void {
  try {
    storage.setItem(BROWSER_PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled (private mode): progress simply is not kept.
  }
}

export function markLessonCompleteInBrowser(storage: ProgressStorage, lessonSlug: string, now: Date = new Date()): BrowserProgress {
  const slug = slugSchema.parse(lessonSlug);
  const current = readBrowserProgress(storage);
  if (current.lessons[slug]) return current;
  const next: BrowserProgress = { version: 1, lessons: { ...current.lessons, [slug]: now.toISOString() } };
  write(storage, next);
  return next;
}

export function hasBrowserProgress(progress: BrowserProgress): boolean {
  return Object.keys(progress.lessons).length > 0;
}

/** The body for POST /api/progress/import. */
export function toImportRequest(progress: BrowserProgress): { lessons: string[] } {
  return { lessons: Object.keys(progress.lessons).sort() };
}

export function clearBrowserProgress(storage: ProgressStorage): void {
  try {
    storage.removeItem(BROWSER_PROGRESS_KEY);
  } catch {
    // Nothing to clear.
  }
}
