import { requireUser } from "@/lib/auth/authorize.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { onlyAllow } from "@/lib/http/only-allow";
import { readJsonBody } from "@/lib/http/read-json-body";
import { quizDeps } from "@/lib/quiz/quiz-deps.server";
import { startSession } from "@/lib/quiz/quiz-sessions.server";
import { startSessionSchema } from "@/lib/quiz/session-schemas";

/** POST /api/quizzes/sessions { mode, ... } → 201 { id } (see docs/api/quizzes.md). */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const config = await readJsonBody(request, startSessionSchema);
  return jsonOk(await startSession(quizDeps(), user.id, config), 201);
});

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
