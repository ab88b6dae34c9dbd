// The session id in a quiz API path (/api/quizzes/sessions/<id>/...), validated.
import { ApiError } from "../http/json-response";
import { sessionIdSchema } from "./session-schemas";

export function sessionIdFromPath(pathname: string): string {
  const match = /^\/api\/quizzes\/sessions\/([^/]+)/.exec(pathname);
  const parsed = sessionIdSchema.safeParse(match ? decodeURIComponent(match[1] ?? "") : "");
  if (!parsed.success) throw new ApiError(404, "No quiz session with this id among yours");
  return parsed.data;
}
