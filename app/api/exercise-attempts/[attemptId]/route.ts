import { attemptResponse } from "@/lib/exercises/exercise-api.server";
import { signedInExerciseRoute } from "@/lib/exercises/exercise-route.server";
import { onlyAllow } from "@/lib/http/only-allow";

/** GET /api/exercise-attempts/:attemptId → one of the caller's attempts; 404 for an unknown id or anyone else's. */
export const GET = signedInExerciseRoute("attemptId", (context, attemptId) => attemptResponse(context, attemptId), { refuseQuery: true });

export const { POST, PUT, PATCH, DELETE } = onlyAllow("GET");
