import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AuthorizationError } from "../auth/authorizer";
import { apiHandler } from "./api-handler.server";
import { ApiError, jsonOk } from "./json-response";
import { readJsonBody, readQuery } from "./read-json-body";

const schema = z.strictObject({ lessonSlug: z.string().min(1, { error: "Lesson slug is required" }) });
const echo = apiHandler(async (request) => jsonOk(await readJsonBody(request, schema)));

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost:3000/api/thing", {
    method: "POST",
    headers: { host: "localhost:3000", "content-type": "application/json", ...headers },
    body,
  });
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("api handler", () => {
  it("passes a valid same-origin request to the handler", async () => {
    expect(await answer(await echo(post('{"lessonSlug":"vpc"}', { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })))).toEqual({
      status: 200,
      body: { lessonSlug: "vpc" },
    });
  });

  it("refuses cross-site writes before running the handler", async () => {
    const handle = vi.fn(async () => jsonOk({}));
    const response = await apiHandler(handle)(post("{}", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }));
    expect(response.status).toBe(403);
    expect(handle).not.toHaveBeenCalled();
  });

  it("names what is wrong with the body", async () => {
    expect(await answer(await echo(post("{nope")))).toEqual({ status: 400, body: { error: "Request body must be valid JSON" } });
    expect(await answer(await echo(post("[1]")))).toEqual({ status: 400, body: { error: "Request body must be a JSON object" } });
    expect(await answer(await echo(post('{"lessonSlug":""}')))).toEqual({
      status: 400,
      body: { error: "Lesson slug is required", fieldErrors: { lessonSlug: ["Lesson slug is required"] } },
    });
    expect((await echo(post("{}", { "content-type": "text/plain" }))).status).toBe(415);
    expect((await echo(post(JSON.stringify({ lessonSlug: "x".repeat(70_000) })))).status).toBe(413);
  });

  it("turns authorization and deliberate errors into JSON", async () => {
    const unauthorized = apiHandler(async () => {
      throw new AuthorizationError(401, "Sign in to continue.");
    });
    expect(await answer(await unauthorized(post("{}")))).toEqual({ status: 401, body: { error: "Sign in to continue." } });
    const notFound = apiHandler(async () => {
      throw new ApiError(404, "No such attempt");
    });
    expect(await answer(await notFound(post("{}")))).toEqual({ status: 404, body: { error: "No such attempt" } });
  });

  it("never shows an unexpected error's message or stack", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = apiHandler(async () => {
      throw new Error("SQLITE_CORRUPT at /srv/data/reachable.db");
    });
    const { status, body } = await answer(await broken(post("{}")));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("SQLITE");
    expect(body).toEqual({ error: "Something went wrong on our side. Please try again." });
    spy.mockRestore();
  });

  it("refuses unexpected query parameters such as userId", () => {
    expect(() => readQuery(new URL("http://x/api/progress?userId=abc"), z.strictObject({}))).toThrow('Unknown field "userId"');
  });
});
