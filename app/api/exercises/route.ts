import { currentUser } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client.server";
import { exerciseCatalogue } from "@/lib/exercises/exercise-catalogue.server";
import { listExercisesResponse } from "@/lib/exercises/exercise-api.server";
import { noQuerySchema } from "@/lib/exercises/exercise-api-schemas";
import { apiHandler } from "@/lib/http/api-handler.server";
import { onlyAllow } from "@/lib/http/only-allow";
import { readQuery } from "@/lib/http/read-json-body";

/** GET /api/exercises → every exercise's summary; with the caller's status when signed in. */
export const GET = apiHandler(async (request) => {
  readQuery(new URL(request.url), noQuerySchema);
  const user = await currentUser();
  return listExercisesResponse({ database: db(), catalogue: exerciseCatalogue(), user });
});

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
