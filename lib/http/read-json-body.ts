import type { z } from "zod";
import { fieldErrorsOf, summaryOf } from "../validation/field-errors";
import { ApiError } from "./json-response";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

const tooLarge = () => new ApiError(413, `Request body must be at most ${MAX_JSON_BODY_BYTES / 1024} KB`);

/**
 * The body as text, refused (413) as soon as it passes the limit: a declared Content-Length is checked before
 * reading, and a streamed body is read only up to the limit, so an oversized body is never held in memory.
 */
async function readLimitedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const isJson = (request: Request) => /^application\/json\b/i.test(request.headers.get("content-type") ?? "");
const notJson = () => new ApiError(415, "Send the request body as JSON (Content-Type: application/json)");

/** Reads and validates a JSON request body; throws ApiError(400/413/415) naming what is wrong. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  if (!isJson(request)) throw notJson();
  return parseText(await readLimitedText(request), schema);
}

/**
 * Like readJsonBody, for a request whose body may be left out: an empty (or blank) body gives undefined,
 * whatever its Content-Type; any other body must be JSON.
 */
export async function readOptionalJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S> | undefined> {
  const text = await readLimitedText(request);
  if (text.trim() === "") return undefined;
  if (!isJson(request)) throw notJson();
  return parseText(text, schema);
}

function parseText<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
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
