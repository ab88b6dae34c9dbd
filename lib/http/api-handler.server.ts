import "server-only";
// The one path every app route handler takes: refuse cross-site writes → run the handler →
// turn thrown errors into JSON `{ error }` (never a stack trace).
import { AuthorizationError } from "../auth/authorizer";
import { checkSameOrigin } from "../security/same-origin";
import { ApiError, jsonError } from "./json-response";

function trustedOrigins(): string[] {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

export function apiHandler(handle: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const origin = checkSameOrigin({
      method: request.method,
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      trustedOrigins: trustedOrigins(),
    });
    if (!origin.ok) return jsonError(403, origin.reason);
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof ApiError) return jsonError(error.status, error.message, error.fieldErrors);
      if (error instanceof AuthorizationError) return jsonError(error.status, error.message);
      console.error("[reachable] route handler failed", error);
      return jsonError(500, "Something went wrong on our side. Please try again.");
    }
  };
}
