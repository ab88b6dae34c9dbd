/**
 * The exercise API as the player calls it (same origin, JSON). Every call resolves to a value, never throws:
 * `{ ok: true, data }` or `{ ok: false, status, error }` with the server's message (status 0: no answer).
 */
import type { ExerciseChange } from "@/lib/exercises/exercise-schema";
import type { Attempt, ExerciseStatus } from "./player-types";

export type ApiResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly status: number; readonly error: string; readonly path?: string };

export interface ExerciseState {
  readonly revealedHints: readonly string[];
  readonly status?: ExerciseStatus;
  readonly latestAttempt?: Attempt | null;
}

export interface HintReveal {
  readonly tier: number;
  readonly text: string;
  readonly revealedHints: readonly string[];
  readonly total: number;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const MESSAGES: Record<number, string> = {
  401: "Sign in to do this: visitors can play, but only signed-in learners submit and reveal hints.",
  429: "Too many requests in a short time. Wait a minute, then try again.",
};

async function call<T>(fetcher: Fetch, url: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetcher(url, { ...init, headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}) } });
  } catch {
    return { ok: false, status: 0, error: "The server could not be reached. Check your connection and try again." };
  }
  const body = (await response.json().catch(() => null)) as (Record<string, unknown> & { error?: unknown; path?: unknown }) | null;
  if (!response.ok) {
    const error = typeof body?.error === "string" ? body.error : (MESSAGES[response.status] ?? `The server answered ${response.status}.`);
    return { ok: false, status: response.status, error, ...(typeof body?.path === "string" ? { path: body.path } : {}) };
  }
  return { ok: true, data: body as T };
}

export function exerciseApi(id: string, fetcher: Fetch = (input, init) => fetch(input, init)) {
  const base = `/api/exercises/${encodeURIComponent(id)}`;
  return {
    state: () => call<ExerciseState>(fetcher, base),
    start: () => call<{ startedAt: string }>(fetcher, `${base}/start`, { method: "POST", body: "{}" }),
    /** Asks for one tier by number: a repeated request (a retry, a second tab) returns it again instead of revealing the next. */
    revealHint: (tier: number) => call<HintReveal>(fetcher, `${base}/hints`, { method: "POST", body: JSON.stringify({ tier }) }),
    submit: (changes: readonly ExerciseChange[]) => call<{ attempt: Attempt }>(fetcher, `${base}/attempts`, { method: "POST", body: JSON.stringify({ changes }) }),
    attempts: () => call<{ attempts: Attempt[] }>(fetcher, `${base}/attempts`),
  };
}

export type ExerciseApi = ReturnType<typeof exerciseApi>;
