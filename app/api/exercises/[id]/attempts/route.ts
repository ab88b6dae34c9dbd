import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { attemptsResponse, submitResponse } from "@/lib/exercises/exercise-api.server";
import { noQuerySchema } from "@/lib/exercises/exercise-api-schemas";
import { apiHandler } from "@/lib/http/api-handler.server";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";

type Context = { params: Promise<{ id: string }> };

/** GET /api/exercises/:id/attempts → the caller's attempts, newest first, with their changes. */
export function GET(request: Request, context: Context): Promise<Response> {
  return apiHandler(async () => {
    readQuery(new URL(request.url), noQuerySchema);
    const user = await requireUser();
    const { id } = await context.params;
    return attemptsResponse({ database: db(), catalogue: exerciseCatalogue(), user }, id);
  })(request);
}

/** POST /api/exercises/:id/attempts, body { changes } → graded and recorded: 201 { attempt }. */
export function POST(request: Request, context: Context): Promise<Response> {
  return apiHandler(async () => {
    const user = await requireUser();
    const { id } = await context.params;
    return submitResponse({ database: db(), catalogue: exerciseCatalogue(), user }, id, request);
  })(request);
}

export const { PUT, PATCH, DELETE } = onlyAllow("GET", "POST");
