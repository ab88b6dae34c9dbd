import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { getQuizOverview } from "@/lib/quiz/quiz-sessions.server";
import { emptyRequestSchema } from "@/lib/quiz/session-schemas";

/** GET /api/quizzes/overview → review cards due, unfinished sessions (the caller's own). */
export const GET = apiHandler(async (request) => {
  const user = await requireUser();
  readQuery(new URL(request.url), emptyRequestSchema);
  return jsonOk(await getQuizOverview(quizDeps(), user.id));
});

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
