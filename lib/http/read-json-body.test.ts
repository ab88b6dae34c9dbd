import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./json-response";
import { MAX_JSON_BODY_BYTES, readJsonBody, readOptionalJsonBody } from "./read-json-body";

const schema = z.strictObject({ tier: z.number().int().optional() });

/** A body that never ends (16 KB chunks for ever), sent without a Content-Length; counts the chunks pulled. */
function endlessBody() {
  const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulled += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function streamed(body: ReadableStream<Uint8Array>, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request("http://localhost/api/thing", { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("readJsonBody", () => {
  it("stops reading a streamed body once it passes the limit (413), instead of buffering all of it", async () => {
    const { stream, stats } = endlessBody();
    const error = await refusal(readJsonBody(streamed(stream), schema));
    expect([error.status, error.message]).toEqual([413, "Request body must be at most 64 KB"]);
    expect(stats.pulled).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES / (16 * 1024) + 3);
    expect(stats.cancelled).toBe(true);
  }, 10_000);

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const { stream, stats } = endlessBody();
    const request = streamed(stream, { "content-type": "application/json", "content-length": String(MAX_JSON_BODY_BYTES + 1) });
    expect((await refusal(readJsonBody(request, schema))).status).toBe(413);
    expect(stats.pulled).toBeLessThanOrEqual(1);
  }, 10_000);

  it("reads a body of exactly the limit", async () => {
    const text = `{"tier":1}${" ".repeat(MAX_JSON_BODY_BYTES - 10)}`;
    const request = new Request("http://localhost/api/thing", { method: "POST", headers: { "content-type": "application/json" }, body: text });
    expect(await readJsonBody(request, schema)).toEqual({ tier: 1 });
  });
});

describe("readOptionalJsonBody", () => {
  const post = (body: string | undefined, headers: Record<string, string> = {}) =>
    new Request("http://localhost/api/thing", { method: "POST", headers, ...(body === undefined ? {} : { body }) });

  it("gives undefined for a missing or blank body, whatever its type, and parses a JSON one", async () => {
    expect(await readOptionalJsonBody(post(undefined), schema)).toBeUndefined();
    expect(await readOptionalJsonBody(post("  ", { "content-type": "text/plain" }), schema)).toBeUndefined();
    expect(await readOptionalJsonBody(post('{"tier":2}', { "content-type": "application/json" }), schema)).toEqual({ tier: 2 });
  });

  it("refuses a body that is not JSON, and an endless one", async () => {
    expect((await refusal(readOptionalJsonBody(post('{"tier":2}', { "content-type": "text/plain" }), schema))).status).toBe(415);
    expect((await refusal(readOptionalJsonBody(post('{"tier":"x"}', { "content-type": "application/json" }), schema))).status).toBe(400);
    const { stream } = endlessBody();
    expect((await refusal(readOptionalJsonBody(streamed(stream), schema))).status).toBe(413);
  }, 10_000);
});
