// The API's endpoints against a real SQLite file (real migrations) and the fixture catalogue. Sessions are
// the route handlers' business (e2e/exercises-api.spec.ts drives those); here the caller is given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/authorizer";
import { ApiError } from "../http/json-response";
import {
  attemptResponse,
  attemptsResponse,
  exerciseResponse,
  hintsResponse,
  listExercisesResponse,
  revealHintResponse,
  startResponse,
  submitResponse,
  type ExerciseApiContext,
} from "./exercise-api.server";
import { createCatalogue } from "./exercise-catalogue.server";
import { DEFAULT_ROUTE, fixtureExercise, publicRoutes } from "./fixtures/fixture-exercise";
import { secretsIn } from "./fixtures/secrets";
import { createTestDatabase, FIXTURES_DIR, type TestDatabase } from "./fixtures/test-database";

let t: TestDatabase;
let ada: CurrentUser;
let bob: CurrentUser;
const exercise = fixtureExercise();
const catalogue = createCatalogue(FIXTURES_DIR, { lessonsDir: `${FIXTURES_DIR}/no-lessons` });
const id = exercise.id;
/** Every body any endpoint returned in this file, searched for secrets at the end. */
const bodies: unknown[] = [];

const as = (user: CurrentUser | null, now?: Date) => ({ database: t.db, catalogue, user, now }) as ExerciseApiContext & { user: CurrentUser };

function post(body: unknown, contentType = "application/json") {
  return new Request(`http://localhost/api/exercises/${id}/attempts`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function read(response: Response | Promise<Response>) {
  const r = await response;
  const body = (await r.json()) as Record<string, unknown>;
  bodies.push(body);
  return { status: r.status, body, headers: r.headers };
}

async function rows() {
  const [attempts, starts, reveals] = await Promise.all([t.db.exerciseAttempt.count(), t.db.exerciseStart.count(), t.db.exerciseHintReveal.count()]);
  return { attempts, starts, reveals };
}

beforeAll(async () => {
  t = await createTestDatabase("exercise-api");
  const user = async (name: string): Promise<CurrentUser> => ({ id: await t.user(name), name, email: `${name}@example.com`, role: "learner" });
  ada = await user("Ada");
  bob = await user("Bob");
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe("reading exercises", () => {
  it("lists summaries, with a status only for a signed-in caller", async () => {
    const visitor = await read(listExercisesResponse(as(null)));
    expect(visitor.body).toEqual({ exercises: [{ id, title: exercise.title, lesson: exercise.lesson, difficulty: "starter", concepts: exercise.concepts, goalCount: 3 }] });
    const signedIn = await read(listExercisesResponse(as(ada)));
    expect(signedIn.body.exercises).toEqual([expect.objectContaining({ id, status: "new" })]);
  });

  it("gives one exercise without its solution; 404 JSON for an unknown id", async () => {
    const visitor = await read(exerciseResponse(as(null), id));
    expect(visitor.body).toEqual({ exercise: expect.objectContaining({ id, hints: { total: 3 } }), revealedHints: [] });
    const signedIn = await read(exerciseResponse(as(ada), id));
    expect(signedIn.body).toEqual({ exercise: visitor.body.exercise, revealedHints: [], status: "new", latestAttempt: null });
    await expect(exerciseResponse(as(ada), "no-such-exercise")).rejects.toEqual(new ApiError(404, 'There is no exercise "no-such-exercise".'));
    await expect(exerciseResponse(as(ada), "../../etc/passwd")).rejects.toMatchObject({ status: 404 });
  });
});

describe("starting and hints", () => {
  it("records the first opening once", async () => {
    const first = await read(startResponse(as(ada, new Date("2026-01-01T12:00:00Z")), id));
    expect(first).toMatchObject({ status: 200, body: { startedAt: "2026-01-01T12:00:00.000Z" } });
    const again = await read(startResponse(as(ada, new Date("2026-01-01T12:05:00Z")), id));
    expect(again.body).toEqual(first.body);
  });

  it("reveals hints one tier at a time; 409 when all are revealed", async () => {
    const hintRequest = (body?: unknown) =>
      new Request(`http://localhost/api/exercises/${id}/hints`, {
        method: "POST",
        ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      });
    expect((await read(revealHintResponse(as(ada), id, hintRequest()))).body).toEqual({ tier: 1, text: exercise.hints[0], revealedHints: [exercise.hints[0]], total: 3 });
    expect((await read(revealHintResponse(as(ada), id, hintRequest({ tier: 1 })))).body).toMatchObject({ tier: 1 });
    await expect(revealHintResponse(as(ada), id, hintRequest({ tier: 3 }))).rejects.toEqual(new ApiError(409, "Reveal hint 2 before hint 3."));
    await expect(revealHintResponse(as(ada), id, hintRequest({ tier: 2, reveal: "all" }))).rejects.toMatchObject({ status: 400, message: 'Unknown field "reveal"' });
    expect((await read(revealHintResponse(as(ada), id, hintRequest({})))).body).toMatchObject({ tier: 2 });
    expect((await read(revealHintResponse(as(ada), id, hintRequest()))).body).toMatchObject({ tier: 3, revealedHints: exercise.hints });
    await expect(revealHintResponse(as(ada), id, hintRequest())).rejects.toEqual(new ApiError(409, "All 3 hints are already revealed."));
    expect((await read(hintsResponse(as(ada), id))).body).toEqual({ revealedHints: exercise.hints, total: 3 });
    expect((await read(hintsResponse(as(bob), id))).body).toEqual({ revealedHints: [], total: 3 });
  });
});

describe("submitting", () => {
  it("grades and records a correct submission: 201 with the goals, hints used and time", async () => {
    const { status, body } = await read(submitResponse(as(ada, new Date("2026-01-01T12:10:00Z")), id, post({ changes: [publicRoutes(DEFAULT_ROUTE)] })));
    expect(status).toBe(201);
    expect(body.attempt).toMatchObject({ exerciseId: id, solved: true, hintsUsed: 3, durationMs: 600_000, createdAt: "2026-01-01T12:10:00.000Z" });
    expect((body.attempt as { goals: unknown[] }).goals).toEqual([
      expect.objectContaining({ id: "web-answers-internet", met: true, found: "reachable" }),
      expect.objectContaining({ id: "ssh-stays-closed", met: true, found: "blocked" }),
      { id: "db-only-postgres", description: exercise.goals[2]!.description, hidden: true, met: true },
    ]);
  });

  it("refuses a forged result and records nothing", async () => {
    const before = await rows();
    for (const forged of [{ changes: [], solved: true }, { changes: [], passed: true }, { changes: [], goals: [{ id: "web-answers-internet", met: true }] }]) {
      await expect(submitResponse(as(bob), id, post(forged))).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^Unknown field "(solved|passed|goals)"$/) });
    }
    expect(await rows()).toEqual(before);
    expect(await t.db.exerciseAttempt.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("refuses a change to what is not editable, and a malformed rule, with the path at fault; nothing recorded", async () => {
    const before = await rows();
    const notEditable = await read(submitResponse(as(bob), id, post({ changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [] } }] })));
    expect(notEditable).toMatchObject({ status: 400, body: { error: "sg-web is not editable in this exercise.", path: "changes[0].id" } });
    const field = await read(submitResponse(as(bob), id, post({ changes: [{ collection: "RouteTables", id: "rtb-public", fields: { Associations: [] } }] })));
    expect(field).toMatchObject({ status: 400, body: { path: "changes[0].fields.Associations" } });
    const malformed = await read(submitResponse(as(bob), id, post({ changes: [publicRoutes({ DestinationCidrBlock: "0.0.0.0/33", GatewayId: "igw-main" })] })));
    expect(malformed).toMatchObject({ status: 400, body: { path: "changes[0].fields.Routes[1].DestinationCidrBlock", error: expect.stringContaining("expected an IPv4 CIDR") } });
    await expect(submitResponse(as(bob), id, post("{not json"))).rejects.toMatchObject({ status: 400, message: "Request body must be valid JSON" });
    await expect(submitResponse(as(bob), id, post({ changes: [{ collection: "Vpcs", id: "vpc-shop", fields: {} }] }))).rejects.toMatchObject({ status: 400 });
    await expect(submitResponse(as(bob), id, post("{}", "text/plain"))).rejects.toMatchObject({ status: 415 });
    expect(await rows()).toEqual(before);
  });

  it("limits submissions per learner: 429 with Retry-After and a clear message, nothing recorded", async () => {
    const limit = { windowMs: 60_000, max: 2 };
    const now = new Date("2026-01-02T12:00:00Z");
    const carol: CurrentUser = { id: await t.user("Carol"), name: "Carol", email: "carol@example.com", role: "learner" };
    for (let i = 0; i < 2; i++) expect((await read(submitResponse(as(carol, now), id, post({ changes: [] }), limit))).status).toBe(201);
    const before = await rows();
    const limited = await read(submitResponse(as(carol, new Date(now.getTime() + 15_000)), id, post({ changes: [] }), limit));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("45");
    expect(limited.body).toEqual({ error: "Too many submissions: at most 2 a minute. Try again in 45 seconds." });
    expect(await rows()).toEqual(before);
    // Another learner is not affected.
    const dan: CurrentUser = { id: await t.user("Dan"), name: "Dan", email: "dan@example.com", role: "learner" };
    expect((await read(submitResponse(as(dan, new Date(now.getTime() + 15_000)), id, post({ changes: [] }), limit))).status).toBe(201);
  });
});

describe("reading attempts", () => {
  it("lists the caller's attempts newest first, with their changes", async () => {
    const { body } = await read(attemptsResponse(as(ada), id));
    const attempts = body.attempts as { id: string; changes: unknown; solved: boolean }[];
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ solved: true, changes: [publicRoutes(DEFAULT_ROUTE)] });
    const single = await read(attemptResponse(as(ada), attempts[0]!.id));
    expect(single.body).toEqual({ attempt: attempts[0] });
    const latest = await read(exerciseResponse(as(ada), id));
    expect(latest.body).toMatchObject({ status: "solved", latestAttempt: attempts[0], revealedHints: exercise.hints });
  });

  it("answers 404 for a stranger's attempt id and for an unknown one", async () => {
    const [adas] = (await read(attemptsResponse(as(ada), id))).body.attempts as { id: string }[];
    const message = "There is no attempt of yours with that id.";
    await expect(attemptResponse(as(bob), adas!.id)).rejects.toEqual(new ApiError(404, message));
    await expect(attemptResponse(as(ada), "cnosuchattempt")).rejects.toEqual(new ApiError(404, message));
    await expect(attemptResponse(as(ada), "' OR 1=1 --")).rejects.toEqual(new ApiError(404, message));
  });

  it("never returned the solution, a hidden goal's query or an unrevealed hint", () => {
    expect(bodies.length).toBeGreaterThan(15);
    // Ada revealed every hint, so hint texts may appear in her responses; solutions and hidden queries never.
    const found = bodies.flatMap((b) => secretsIn(b, exercise)).filter((f) => !f.endsWith("a hint text"));
    expect(found).toEqual([]);
    const text = JSON.stringify(bodies);
    expect(text).not.toContain("fixture-solution-marker");
    expect(text).not.toContain("FIXTURE-SOLUTION-EXPLANATION");
    expect(text).not.toContain("3389");
  });
});
