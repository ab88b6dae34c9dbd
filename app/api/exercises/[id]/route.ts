import { currentUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { exerciseResponse } from "@/lib/exercises/exercise-api.server";
import { noQuerySchema } from "@/lib/exercises/exercise-api-schemas";
import { apiHandler } from "@/lib/http/api-handler.server";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";

type Context = { params: Promise<{ id: string }> };

/** GET /api/exercises/:id → the exercise without its solution; the caller's hints, status and latest attempt. */
export function GET(request: Request, context: Context): Promise<Response> {
  return apiHandler(async () => {
    readQuery(new URL(request.url), noQuerySchema);
    const { id } = await context.params;
    return exerciseResponse({ database: db(), catalogue: exerciseCatalogue(), user: await currentUser() }, id);
  })(request);
}

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
