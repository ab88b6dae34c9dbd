import { onlyAllow } from "@/lib/http/only-allow";
import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonOk } from "@/lib/http/json-response";
import { readQuery } from "@/lib/http/read-json-body";
import { progressQuerySchema } from "@/lib/progress/progress-schemas";
import { getProgress } from "@/lib/progress/progress.server";

/** GET /api/progress → the caller's own progress. Takes no parameters (a userId is refused). */
export const GET = apiHandler(async (request) => {
  const user = await requireUser();
  readQuery(new URL(request.url), progressQuerySchema);
  return jsonOk(await getProgress(db(), user.id));
});

const others = onlyAllow("GET");
export const { POST, PUT, PATCH, DELETE } = others;
