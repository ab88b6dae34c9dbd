import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readJsonBody } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { submitSession } from "@/lib/quiz/quiz-sessions.server";
import { sessionIdFromPath } from "@/lib/quiz/session-route";
import { emptyRequestSchema } from "@/lib/quiz/session-schemas";

/** POST /api/quizzes/sessions/:id/submit {} → finishes the session; the server scores it by its own clock. */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const id = sessionIdFromPath(new URL(request.url).pathname);
  await readJsonBody(request, emptyRequestSchema);
  return jsonOk(await submitSession(quizDeps(), user.id, id));
});

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
