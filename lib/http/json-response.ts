import type { FieldErrors } from "../validation/field-errors";

/** Every error the app's route handlers return: `{ error }`, with field messages when a form is wrong. */
export interface ErrorBody {
  error: string;
  fieldErrors?: FieldErrors;
}

export function jsonError(status: number, error: string, fieldErrors?: FieldErrors, headers?: HeadersInit): Response {
  const body: ErrorBody = fieldErrors ? { error, fieldErrors } : { error };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function jsonOk(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** An error a handler throws on purpose; its message is shown to the caller. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
