import { requireUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { startResponse } from "@/lib/exercises/exercise-api.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { onlyAllow } from "@/lib/http/only-allow";

type Context = { params: Promise<{ id: string }> };

/** POST /api/exercises/:id/start → records the caller's first opening: { startedAt }. */
export function POST(request: Request, context: Context): Promise<Response> {
  return apiHandler(async () => {
    const user = await requireUser();
    const { id } = await context.params;
    return startResponse({ database: db(), catalogue: exerciseCatalogue(), user }, id);
  })(request);
}

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
