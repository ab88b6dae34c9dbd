import { hintsResponse, revealHintResponse } from "@/lib/exercises/exercise-api.server";
import { signedInExerciseRoute } from "@/lib/exercises/exercise-route.server";
import { onlyAllow } from "@/lib/http/only-allow";

/** GET /api/exercises/:id/hints → the hints the caller has revealed: { revealedHints, total }. */
export const GET = signedInExerciseRoute("id", (context, id) => hintsResponse(context, id), { refuseQuery: true });

/** POST /api/exercises/:id/hints, body {} or { tier } → reveals the next tier: { tier, text, revealedHints, total }. */
export const POST = signedInExerciseRoute("id", (context, id, request) => revealHintResponse(context, id, request));

export const { PUT, PATCH, DELETE } = onlyAllow("GET", "POST");
