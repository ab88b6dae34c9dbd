// Progress made by a visitor who is not signed in, kept in the browser's localStorage and offered
// for import after signing in. Typed, versioned and validated on read: a corrupt or foreign value
// reads as "no progress" rather than breaking the page. Checked by hand, not with zod: this runs on
// every lesson page, and zod would be most of that page's script (the server still validates the
// import request with zod, progress-schemas.ts; the test checks the slug rule agrees with slugSchema).

export const BROWSER_PROGRESS_KEY = "reachable.progress.v1";

export interface BrowserProgress {
  version: 1;
  /** Lesson slug → when it was completed (ISO 8601). */
  lessons: Record<string, string>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/** slugSchema's rule (progress-schemas.ts): 1-120 characters, lowercase words joined by hyphens. */
export function isLessonSlug(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 120 && SLUG.test(value);
}

function isStored(value: unknown): value is BrowserProgress {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (v.version !== 1 || v.lessons === null || typeof v.lessons !== "object" || Array.isArray(v.lessons)) return false;
  return Object.entries(v.lessons as Record<string, unknown>).every(
    ([slug, at]) => isLessonSlug(slug) && typeof at === "string" && ISO_DATETIME.test(at) && !Number.isNaN(Date.parse(at)),
  );
}

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
    const parsed: unknown = JSON.parse(raw);
    return isStored(parsed) ? { version: 1, lessons: { ...parsed.lessons } } : EMPTY_BROWSER_PROGRESS;
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
  if (!isLessonSlug(lessonSlug)) throw new Error(`Not a lesson slug: ${JSON.stringify(lessonSlug)}`);
  const slug = lessonSlug;
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
