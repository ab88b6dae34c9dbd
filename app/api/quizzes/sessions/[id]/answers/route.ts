import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readJsonBody } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { answerQuestion } from "@/lib/quiz/quiz-sessions.server";
import { sessionIdFromPath } from "@/lib/quiz/session-route";
import { answerRequestSchema } from "@/lib/quiz/session-schemas";

/** POST /api/quizzes/sessions/:id/answers { questionId, answer, hard? } → graded (practice, review) or saved (exam). */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const id = sessionIdFromPath(new URL(request.url).pathname);
  const input = await readJsonBody(request, answerRequestSchema);
  return jsonOk(await answerQuestion(quizDeps(), user.id, id, input));
});

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
