import { startResponse } from "@/lib/exercises/exercise-api.server";
import { signedInExerciseRoute } from "@/lib/exercises/exercise-route.server";
import { onlyAllow } from "@/lib/http/only-allow";

/** POST /api/exercises/:id/start → records the caller's first opening: { startedAt }. */
export const POST = signedInExerciseRoute("id", (context, id) => startResponse(context, id));

export const { GET, PUT, PATCH, DELETE } = onlyAllow("POST");
