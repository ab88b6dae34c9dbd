import { onlyAllow } from "@/lib/http/only-allow";
import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { importProgressSchema } from "@/lib/progress/progress-schemas";
import { importLessons } from "@/lib/progress/progress.server";

/** POST /api/progress/import { lessons: string[] } → imports progress made in the browser. */
export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  const { lessons } = await readJsonBody(request, importProgressSchema);
  return jsonOk(await importLessons(db(), user.id, lessons));
});

const others = onlyAllow("POST");
export const { GET, PUT, PATCH, DELETE } = others;
