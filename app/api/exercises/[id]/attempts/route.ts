import { attemptsResponse, submitResponse } from "@/lib/exercises/exercise-api.server";
import { signedInExerciseRoute } from "@/lib/exercises/exercise-route.server";
import { onlyAllow } from "@/lib/http/only-allow";

/** GET /api/exercises/:id/attempts → the caller's attempts, newest first, with their changes. */
export const GET = signedInExerciseRoute("id", (context, id) => attemptsResponse(context, id), { refuseQuery: true });

/** POST /api/exercises/:id/attempts, body { changes } → graded and recorded: 201 { attempt }. */
export const POST = signedInExerciseRoute("id", (context, id, request) => submitResponse(context, id, request));

export const { PUT, PATCH, DELETE } = onlyAllow("GET", "POST");
