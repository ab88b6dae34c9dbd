import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { getSessionView } from "@/lib/quiz/quiz-sessions.server";
import { sessionIdFromPath } from "@/lib/quiz/session-route";
import { emptyRequestSchema } from "@/lib/quiz/session-schemas";

/** GET /api/quizzes/sessions/:id → the session as the caller may see it now. */
export const GET = apiHandler(async (request) => {
  const user = await requireUser();
  const url = new URL(request.url);
  readQuery(url, emptyRequestSchema);
  return jsonOk(await getSessionView(quizDeps(), user.id, sessionIdFromPath(url.pathname)));
});

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
