import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { attemptResponse } from "@/lib/exercises/exercise-api.server";
import { noQuerySchema } from "@/lib/exercises/exercise-api-schemas";
import { apiHandler } from "@/lib/http/api-handler.server";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";

type Context = { params: Promise<{ attemptId: string }> };

/** GET /api/exercise-attempts/:attemptId → one of the caller's attempts; 404 for an unknown id or anyone else's. */
export function GET(request: Request, context: Context): Promise<Response> {
  return apiHandler(async () => {
    readQuery(new URL(request.url), noQuerySchema);
    const user = await requireUser();
    const { attemptId } = await context.params;
    return attemptResponse({ database: db(), catalogue: exerciseCatalogue(), user }, attemptId);
  })(request);
}

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
