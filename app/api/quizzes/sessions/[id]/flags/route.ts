import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readJsonBody } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { flagQuestion } from "@/lib/quiz/quiz-sessions.server";
import { sessionIdFromPath } from "@/lib/quiz/session-route";
import { flagRequestSchema } from "@/lib/quiz/session-schemas";

/** POST /api/quizzes/sessions/:id/flags { questionId, flagged } → flags a question for review before submitting. */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const id = sessionIdFromPath(new URL(request.url).pathname);
  const input = await readJsonBody(request, flagRequestSchema);
  return jsonOk(await flagQuestion(quizDeps(), user.id, id, input));
});

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
