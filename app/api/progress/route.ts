import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { readQuery } from "@/lib/http/read-json-body";
import { progressQuerySchema } from "@/lib/progress/progress-schemas";
import { getProgress } from "@/lib/progress/progress.server";

/** GET /api/progress → the caller's own progress. Takes no parameters (a userId is refused). */
export const GET = apiHandler(async (request) => {
  readQuery(new URL(request.url), progressQuerySchema);
  const user = await requireUser();
  return jsonOk(await getProgress(db(), user.id));
});
