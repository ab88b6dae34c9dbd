import type { z } from "zod";
import { fieldErrorsOf, summaryOf } from "../validation/field-errors";
import { ApiError } from "./json-response";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Reads and validates a JSON request body; throws ApiError(400/413/415) naming what is wrong. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw new ApiError(415, "Send the request body as JSON (Content-Type: application/json)");
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_JSON_BODY_BYTES) {
    throw new ApiError(413, `Request body must be at most ${MAX_JSON_BODY_BYTES / 1024} KB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "Request body must be valid JSON");
  }
  return parseOrThrow(schema, value);
}

/** Validates query parameters (each taken once); throws ApiError(400) naming what is wrong. */
export function readQuery<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  return parseOrThrow(schema, Object.fromEntries(url.searchParams));
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ApiError(400, "Request body must be a JSON object");
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = fieldErrorsOf(result.error);
    throw new ApiError(400, summaryOf(errors), errors);
  }
  return result.data;
}
