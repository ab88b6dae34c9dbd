import { onlyAllow } from "@/lib/http/only-allow";
import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { markLessonSchema } from "@/lib/progress/progress-schemas";
import { markLessonComplete } from "@/lib/progress/progress.server";

/** POST /api/progress/lessons { lessonSlug } → marks the lesson complete for the caller. */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const { lessonSlug } = await readJsonBody(request, markLessonSchema);
  return jsonOk({ lesson: await markLessonComplete(db(), user.id, lessonSlug) });
});

const others = onlyAllow("POST");
export const { GET, PUT, PATCH, DELETE } = others;
