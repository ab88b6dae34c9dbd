import { jsonError } from "./json-response";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const ALL: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Handlers for the methods a route does not support: 405 with a JSON `{ error }` and an Allow header
 * (Next's own 405 has an empty body). Spread the result into the route's exports.
 */
export function onlyAllow(...allowed: Method[]): Record<Method, (request: Request) => Response> {
  const handler = (request: Request) =>
    jsonError(405, `${request.method} is not supported here. Use ${allowed.join(" or ")}.`, undefined, { Allow: allowed.join(", ") });
  return Object.fromEntries(ALL.map((method) => [method, handler])) as Record<Method, (request: Request) => Response>;
}

