import "server-only";
// What every signed-in exercise route handler shares: JSON errors (apiHandler), an optional refusal of query
// parameters, the signed-in caller (401 otherwise), the database, the catalogue and the id from the URL.
import { requireUser } from "../auth/authorize.server";
import { db } from "../db/client.server";
import { apiHandler } from "../http/api-handler.server";
import { readQuery } from "../http/read-json-body";
import type { SignedIn } from "./exercise-api.server";
import { noQuerySchema } from "./exercise-api-schemas";
import { exerciseCatalogue } from "./exercise-catalogue.server";

type RouteContext<K extends string> = { params: Promise<Record<K, string>> };

/** A route handler for a signed-in caller: `respond` gets the context and the URL parameter `param`. */
export function signedInExerciseRoute<K extends string>(
  param: K,
  respond: (context: SignedIn, value: string, request: Request) => Promise<Response>,
  { refuseQuery = false }: { refuseQuery?: boolean } = {},
): (request: Request, context: RouteContext<K>) => Promise<Response> {
  return (request, context) =>
    apiHandler(async () => {
      if (refuseQuery) readQuery(new URL(request.url), noQuerySchema);
      const user = await requireUser();
      const value = (await context.params)[param];
      return respond({ database: db(), catalogue: exerciseCatalogue(), user }, value, request);
    })(request);
}
