// The browser's calls to the quiz API. Every call answers { ok: true, data } or { ok: false, status,
// error } with the server's message (or a connection message), never throws.
import type { LearnerAnswer } from "@/lib/quiz/grading";
import type { AnswerOutcome, QuizOverview, SessionView } from "@/lib/quiz/session-view";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

export const CONNECTION_ERROR = "Could not reach the server. Check your connection and try again; your saved answers are safe.";

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, error: CONNECTION_ERROR };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // handled below
  }
  if (response.ok) return { ok: true, data: json as T };
  const error = typeof (json as { error?: unknown })?.error === "string" ? (json as { error: string }).error : `The server answered ${response.status}.`;
  return { ok: false, status: response.status, error };
}

const base = (id: string) => `/api/quizzes/sessions/${encodeURIComponent(id)}`;

export const quizApi = {
  overview: () => call<QuizOverview>("GET", "/api/quizzes/overview"),
  start: (config: Record<string, unknown>) => call<{ id: string }>("POST", "/api/quizzes/sessions", config),
  session: (id: string) => call<SessionView>("GET", base(id)),
  answer: (id: string, questionId: string, answer: LearnerAnswer, hard = false) => call<AnswerOutcome>("POST", `${base(id)}/answers`, { questionId, answer, hard }),
  flag: (id: string, questionId: string, flagged: boolean) => call<{ questionId: string; flagged: boolean }>("POST", `${base(id)}/flags`, { questionId, flagged }),
  submit: (id: string) => call<{ id: string; score: number; maxScore: number; late: boolean }>("POST", `${base(id)}/submit`, {}),
};
