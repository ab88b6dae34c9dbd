import { describe, expect, it } from "vitest";
import { exerciseApi, type Fetch } from "./exercise-api";

function recording(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; method: string; body: string | undefined; contentType: string | undefined }[] = [];
  const fetcher: Fetch = async (url, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init?.method ?? "GET", body: init?.body as string | undefined, contentType: headers["Content-Type"] });
    return respond(url, init);
  };
  return { calls, fetcher };
}

describe("exerciseApi", () => {
  it("posts the changes as JSON to the exercise's attempts and returns the attempt", async () => {
    const attempt = { id: "a1", solved: true, goals: [], hintsUsed: 0, durationMs: 5, createdAt: "2026-11-21T10:00:00.000Z" };
    const { calls, fetcher } = recording(() => Response.json({ attempt }, { status: 201 }));
    const result = await exerciseApi("nat-route", fetcher).submit([{ collection: "RouteTables", id: "rtb-app", fields: { Routes: [] } }]);
    expect(result).toEqual({ ok: true, data: { attempt } });
    expect(calls).toEqual([{ url: "/api/exercises/nat-route/attempts", method: "POST", body: '{"changes":[{"collection":"RouteTables","id":"rtb-app","fields":{"Routes":[]}}]}', contentType: "application/json" }]);
  });

  it("returns the server's error message and the refused path", async () => {
    const { fetcher } = recording(() => Response.json({ error: "rtb-x is not editable in this exercise.", path: "changes[0].id" }, { status: 400 }));
    expect(await exerciseApi("nat-route", fetcher).submit([])).toEqual({ ok: false, status: 400, error: "rtb-x is not editable in this exercise.", path: "changes[0].id" });
  });

  it("says what a status means when the body has no message, and when the server cannot be reached", async () => {
    const { fetcher } = recording(() => new Response("<html>", { status: 429 }));
    const limited = await exerciseApi("nat-route", fetcher).revealHint(1);
    expect(limited).toEqual({ ok: false, status: 429, error: "Too many requests in a short time. Wait a minute, then try again." });
    const offline = await exerciseApi("nat-route", () => Promise.reject(new TypeError("Failed to fetch"))).state();
    expect(offline).toEqual({ ok: false, status: 0, error: "The server could not be reached. Check your connection and try again." });
  });

  it("asks for a hint by its tier", async () => {
    const reveal = { tier: 2, text: "Second.", revealedHints: ["First.", "Second."], total: 3 };
    const { calls, fetcher } = recording(() => Response.json(reveal));
    expect(await exerciseApi("nat-route", fetcher).revealHint(2)).toEqual({ ok: true, data: reveal });
    expect(calls).toEqual([{ url: "/api/exercises/nat-route/hints", method: "POST", body: '{"tier":2}', contentType: "application/json" }]);
  });

  it("reads state and attempts with GET and no body", async () => {
    const { calls, fetcher } = recording(() => Response.json({ attempts: [] }));
    await exerciseApi("a-b", fetcher).attempts();
    await exerciseApi("a-b", fetcher).state();
    expect(calls.map((c) => [c.method, c.url, c.body, c.contentType])).toEqual([
      ["GET", "/api/exercises/a-b/attempts", undefined, undefined],
      ["GET", "/api/exercises/a-b", undefined, undefined],
    ]);
  });
});
