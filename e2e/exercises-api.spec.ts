// The graded-exercise API against the real built app, its real database and the real exercise bank: the server
// grades, a client's claim counts for nothing, refusals record nothing, attempts belong to their learner, the
// submission limit holds, and no exercise's solution or hidden goal ever reaches the browser.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { test, expect, newUser, fillSignUp } from "./support/fixtures";
import { exerciseRowsOf, findUserByEmail } from "./support/db";
import type { Exercise, ExerciseChange } from "../lib/exercises/exercise-schema";

const bankDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../content/exercises");
const bank: Exercise[] = readdirSync(bankDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(bankDir, f), "utf8")) as Exercise);

/** An exercise of the bank with an editable route table: the refusal tests build their changes on it. */
const routeExercise = bank.find((e) => e.editable.some((r) => r.collection === "RouteTables" && r.fields.includes("Routes")))!;
const routeTable = routeExercise.editable.find((r) => r.collection === "RouteTables" && r.fields.includes("Routes"))!;

type Learner = { page: Page; api: APIRequestContext; id: string };

/** A signed-up learner in a browser context of their own (the real sign-up form). */
async function learner(browser: Browser, baseURL: string | undefined): Promise<Learner> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const user = newUser();
  await fillSignUp(page, user);
  // Sign-up hashes the password (scrypt): slow on a busy machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  const row = await findUserByEmail(user.email);
  expect(row, "the signed-up user is in the database").not.toBeNull();
  return { page, api: context.request, id: row!.id };
}

/** What a page's own fetch sends. */
const sameOrigin = (baseURL: string | undefined) => ({ Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" });

function submit(api: APIRequestContext, baseURL: string | undefined, exerciseId: string, body: unknown) {
  return api.post(`/api/exercises/${exerciseId}/attempts`, { data: body as Record<string, unknown>, headers: sameOrigin(baseURL) });
}

/**
 * The strings that would betray an exercise's secrets, raw and as they look inside JSON or an RSC payload: its
 * solution's explanation, each structured value of its solution (a list of routes or rules; a bare string such as
 * a subnet id or "internal" cannot be told apart from ordinary data) and each hidden goal's query. A value that
 * the exercise shows anyway (its starting network may hold the same list elsewhere, e.g. another interface's
 * groups) betrays nothing and is left out.
 */
function secretsOf(exercise: Exercise, structured = true): { what: string; text: string }[] {
  const shown = JSON.stringify({ ...exercise, solution: null, hints: null, goals: exercise.goals.filter((g) => !g.hidden) });
  const forms = (text: string) => [text, JSON.stringify(text).slice(1, -1), JSON.stringify(JSON.stringify(text)).slice(1, -1)];
  const secrets: { what: string; text: string }[] = [];
  secrets.push(...forms(exercise.solution.explanation.slice(0, 60)).map((text) => ({ what: `${exercise.id}: the solution's explanation`, text })));
  for (const change of exercise.solution.changes)
    for (const [field, value] of Object.entries(change.fields))
      if (structured && value !== null && typeof value === "object" && !shown.includes(JSON.stringify(value)))
        secrets.push(...forms(JSON.stringify(value)).map((text) => ({ what: `${exercise.id}: the solution's ${change.id} ${field}`, text })));
  for (const goal of exercise.goals.filter((g) => g.hidden))
    secrets.push(...forms(JSON.stringify(goal.query)).map((text) => ({ what: `${exercise.id}: hidden goal ${goal.id}'s query`, text })));
  return secrets;
}

/**
 * Whose secrets a response must not hold: a page or API answer about one exercise (its URL names it, prefetches
 * included) must hold none of that exercise's; anything else (lists, scripts, the dashboard) none of any.
 * Exercises share networks, so one's solution may legitimately be another's starting point.
 */
function exercisesFor(url: string): readonly Exercise[] {
  const id = /\/exercises\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:[/?]|$)/.exec(url)?.[1];
  const one = bank.find((e) => e.id === id);
  return one ? [one] : bank;
}

/**
 * Lesson pages (prefetched from an exercise's page) show the lessons' own networks, which may hold the very
 * routes or rules an exercise asks for: they are searched for explanations and hidden queries only.
 */
const isLessonPage = (url: string) => /\/course(\/|\?|$)/.test(url);

function leaksIn(received: readonly { url: string; body: string }[]): string[] {
  return received.flatMap(({ url, body }) =>
    exercisesFor(url)
      .flatMap((exercise) => secretsOf(exercise, !isLessonPage(url)))
      .filter((s) => body.includes(s.text))
      .map((s) => `${s.what} in ${url}`),
  );
}

test.describe("exercise API", () => {
  test("the bank is served: every exercise listed, each readable without its solution; unknown ids are 404 JSON", async ({ request }) => {
    expect(bank.length).toBeGreaterThanOrEqual(16);
    const list = await request.get("/api/exercises");
    expect(list.status()).toBe(200);
    const { exercises } = (await list.json()) as { exercises: { id: string; goalCount: number; status?: string }[] };
    expect(exercises.map((e) => e.id).sort()).toEqual(bank.map((e) => e.id).sort());
    expect(exercises.every((e) => e.status === undefined), "a visitor gets no status").toBe(true);
    const one = await request.get(`/api/exercises/${routeExercise.id}`);
    expect(one.status()).toBe(200);
    const body = (await one.json()) as { exercise: { hints: unknown; goals: { id: string; hidden?: boolean; query?: unknown }[] }; revealedHints: string[] };
    expect(body.exercise.hints).toEqual({ total: routeExercise.hints.length });
    expect(body.revealedHints).toEqual([]);
    expect(body).not.toHaveProperty("exercise.solution");
    const missing = await request.get("/api/exercises/no-such-exercise");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: 'There is no exercise "no-such-exercise".' });
  });

  test("the server grades: the reference solution solves, no change does not, and each attempt is recorded", async ({ browser, baseURL }) => {
    const ada = await learner(browser, baseURL);
    const exercise = routeExercise;
    const started = await ada.api.post(`/api/exercises/${exercise.id}/start`, { headers: sameOrigin(baseURL) });
    expect(started.status()).toBe(200);
    const wrong = await submit(ada.api, baseURL, exercise.id, { changes: [] });
    expect(wrong.status(), await wrong.text()).toBe(201);
    const wrongAttempt = ((await wrong.json()) as { attempt: { solved: boolean; goals: { met: boolean }[]; durationMs: number | null } }).attempt;
    expect(wrongAttempt.solved).toBe(false);
    expect(wrongAttempt.goals.some((g) => !g.met)).toBe(true);
    expect(wrongAttempt.durationMs).toEqual(expect.any(Number));
    const right = await submit(ada.api, baseURL, exercise.id, { changes: exercise.solution.changes });
    expect(right.status()).toBe(201);
    const attempt = ((await right.json()) as { attempt: { solved: boolean; goals: { id: string; met: boolean; hidden?: boolean; found?: string }[] } }).attempt;
    expect(attempt.solved).toBe(true);
    expect(attempt.goals.map((g) => g.id)).toEqual(exercise.goals.map((g) => g.id));
    for (const goal of attempt.goals.filter((g) => g.hidden)) expect(Object.keys(goal).sort()).toEqual(["description", "hidden", "id", "met"]);
    expect(await exerciseRowsOf(ada.id)).toEqual({ attempts: 2, starts: 1, reveals: 0 });
    const state = (await (await ada.api.get(`/api/exercises/${exercise.id}`)).json()) as { status: string; latestAttempt: { solved: boolean } };
    expect(state).toMatchObject({ status: "solved", latestAttempt: { solved: true } });
    const list = (await (await ada.api.get("/api/exercises")).json()) as { exercises: { id: string; status: string }[] };
    expect(list.exercises.find((e) => e.id === exercise.id)?.status).toBe("solved");
    await ada.page.context().close();
  });

  test("a forged pass, an edit to what is not editable and a malformed rule are refused and record nothing", async ({ browser, baseURL, request }) => {
    const bob = await learner(browser, baseURL);
    const before = await exerciseRowsOf(bob.id);
    const id = routeExercise.id;

    for (const forged of [{ changes: [], solved: true }, { changes: [], passed: true }, { changes: [], goals: routeExercise.goals.map((g) => ({ id: g.id, met: true })) }]) {
      const response = await submit(bob.api, baseURL, id, forged);
      expect(response.status()).toBe(400);
      expect((await response.json()) as { error: string }).toEqual(expect.objectContaining({ error: expect.stringMatching(/^Unknown field "(solved|passed|goals)"$/) }));
    }

    const notEditableId = (routeExercise.network.RouteTables as { RouteTableId: string }[]).map((t) => t.RouteTableId).find((t) => !routeExercise.editable.some((e) => e.id === t));
    const notEditable: ExerciseChange = notEditableId
      ? { collection: "RouteTables", id: notEditableId, fields: { Routes: [] } }
      : { collection: "SecurityGroups", id: "sg-not-in-this-exercise", fields: { IpPermissions: [] } };
    const resource = await submit(bob.api, baseURL, id, { changes: [notEditable] });
    expect(resource.status()).toBe(400);
    expect(await resource.json()).toEqual({ error: `${notEditable.id} is not editable in this exercise.`, path: "changes[0].id" });

    const field = await submit(bob.api, baseURL, id, { changes: [{ collection: "RouteTables", id: routeTable.id, fields: { VpcId: "vpc-elsewhere" } }] });
    expect(field.status()).toBe(400);
    expect(await field.json()).toMatchObject({ path: "changes[0].fields.VpcId" });

    const malformed = await submit(bob.api, baseURL, id, {
      changes: [{ collection: "RouteTables", id: routeTable.id, fields: { Routes: [{ DestinationCidrBlock: "10.0.0.0/40", GatewayId: "local" }] } }],
    });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({ error: expect.stringContaining("expected an IPv4 CIDR"), path: "changes[0].fields.Routes[0].DestinationCidrBlock" });

    const notJson = await bob.api.post(`/api/exercises/${id}/attempts`, { data: "{changes:", headers: { ...sameOrigin(baseURL), "Content-Type": "application/json" } });
    expect(notJson.status()).toBe(400);

    const crossSite = await bob.api.post(`/api/exercises/${id}/attempts`, { data: { changes: [] }, headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status()).toBe(403);
    const visitor = await request.post(`/api/exercises/${id}/attempts`, { data: { changes: routeExercise.solution.changes }, headers: sameOrigin(baseURL) });
    expect(visitor.status()).toBe(401);
    expect(await visitor.json()).toEqual({ error: "Sign in to continue." });

    expect(await exerciseRowsOf(bob.id)).toEqual(before);
    await bob.page.context().close();
  });

  test("a learner sees only their own attempts: a stranger's attempt id is 404", async ({ browser, baseURL }) => {
    const [ada, eve] = [await learner(browser, baseURL), await learner(browser, baseURL)];
    const made = await submit(ada.api, baseURL, routeExercise.id, { changes: routeExercise.solution.changes });
    const { attempt } = (await made.json()) as { attempt: { id: string } };
    const own = await ada.api.get(`/api/exercise-attempts/${attempt.id}`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { attempt: { changes: unknown } }).attempt.changes).toEqual(routeExercise.solution.changes);
    const stranger = await eve.api.get(`/api/exercise-attempts/${attempt.id}`);
    expect(stranger.status()).toBe(404);
    expect(await stranger.json()).toEqual({ error: "There is no attempt of yours with that id." });
    expect((await eve.api.get("/api/exercise-attempts/cnosuchattempt000")).status()).toBe(404);
    const evesList = (await (await eve.api.get(`/api/exercises/${routeExercise.id}/attempts`)).json()) as { attempts: unknown[] };
    expect(evesList.attempts).toEqual([]);
    const adasList = (await (await ada.api.get(`/api/exercises/${routeExercise.id}/attempts`)).json()) as { attempts: { id: string }[] };
    expect(adasList.attempts.map((a) => a.id)).toEqual([attempt.id]);
    expect((await eve.api.get(`/api/exercises/${routeExercise.id}/attempts?userId=${ada.id}`)).status()).toBe(400);
    await ada.page.context().close();
    await eve.page.context().close();
  });

  test("hints are revealed one tier at a time and recorded", async ({ browser, baseURL }) => {
    const kim = await learner(browser, baseURL);
    const url = `/api/exercises/${routeExercise.id}/hints`;
    const total = routeExercise.hints.length;
    const skipped = await kim.api.post(url, { data: { tier: 2 }, headers: sameOrigin(baseURL) });
    expect(skipped.status()).toBe(409);
    for (let tier = 1; tier <= total; tier++) {
      const response = await kim.api.post(url, { data: {}, headers: sameOrigin(baseURL) });
      expect(await response.json()).toEqual({ tier, text: routeExercise.hints[tier - 1], revealedHints: routeExercise.hints.slice(0, tier), total });
    }
    const again = await kim.api.post(url, { data: { tier: 1 }, headers: sameOrigin(baseURL) });
    expect(((await again.json()) as { tier: number }).tier).toBe(1);
    const done = await kim.api.post(url, { data: {}, headers: sameOrigin(baseURL) });
    expect(done.status()).toBe(409);
    expect((await exerciseRowsOf(kim.id)).reveals).toBe(total);
    const made = await submit(kim.api, baseURL, routeExercise.id, { changes: [] });
    expect(((await made.json()) as { attempt: { hintsUsed: number } }).attempt.hintsUsed).toBe(total);
    await kim.page.context().close();
  });

  test("submissions are rate limited per learner: the 31st in a minute is 429 with Retry-After", async ({ browser, baseURL }) => {
    const sam = await learner(browser, baseURL);
    const other = await learner(browser, baseURL);
    const id = routeExercise.id;
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 5) {
      const batch = await Promise.all(Array.from({ length: 5 }, () => submit(sam.api, baseURL, id, { changes: [] })));
      statuses.push(...batch.map((r) => r.status()));
    }
    expect(statuses).toEqual(Array(30).fill(201));
    const limited = await submit(sam.api, baseURL, id, { changes: routeExercise.solution.changes });
    expect(limited.status()).toBe(429);
    const retryAfter = Number(limited.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as { error: string }).error).toMatch(/^Too many submissions: at most 30 a minute\. Try again in \d+ seconds?\.$/);
    expect((await exerciseRowsOf(sam.id)).attempts).toBe(30);
    const unaffected = await submit(other.api, baseURL, id, { changes: [] });
    expect(unaffected.status()).toBe(201);
    await sam.page.context().close();
    await other.page.context().close();
  });

  test("no solution or hidden goal reaches the browser: every exercise page and API response", async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const lea = await learner(browser, baseURL);
    const received: { url: string; body: string }[] = [];
    lea.page.on("response", async (response) => {
      try {
        received.push({ url: response.url(), body: await response.text() });
      } catch {
        // Redirects and aborted requests have no body.
      }
    });
    await lea.page.goto("/exercises");
    await expect(lea.page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
    await lea.page.waitForLoadState("networkidle");
    for (const exercise of bank) {
      await lea.page.goto(`/exercises/${exercise.id}`);
      await expect(lea.page.getByRole("heading", { level: 1, name: exercise.title })).toBeVisible();
      await lea.page.waitForLoadState("networkidle");
    }
    await lea.page.goto("/dashboard");
    await lea.page.waitForLoadState("networkidle");
    // The API, as a learner who started, revealed every hint of, and submitted a (wrong) attempt at each exercise.
    const api = async (method: "get" | "post", url: string, data?: unknown) => {
      const response = await lea.api[method](url, method === "post" ? { data: (data ?? {}) as Record<string, unknown>, headers: sameOrigin(baseURL) } : {});
      received.push({ url: `${method.toUpperCase()} ${url}`, body: await response.text() });
      return response;
    };
    await api("get", "/api/exercises");
    for (const exercise of bank) {
      await api("get", `/api/exercises/${exercise.id}`);
      await api("post", `/api/exercises/${exercise.id}/start`);
      for (let tier = 1; tier <= exercise.hints.length; tier++) await api("post", `/api/exercises/${exercise.id}/hints`, { tier });
      await api("get", `/api/exercises/${exercise.id}/hints`);
      const made = await api("post", `/api/exercises/${exercise.id}/attempts`, { changes: [] });
      expect(made.status()).toBe(201);
      const { attempt } = (await made.json()) as { attempt: { id: string } };
      await api("get", `/api/exercises/${exercise.id}/attempts`);
      // Named by attempt id, so searched for every exercise's secrets.
      await api("get", `/api/exercise-attempts/${attempt.id}`);
      await api("get", `/api/exercises/${exercise.id}`);
    }
    await api("get", "/api/exercises");
    await lea.page.goto("/dashboard");
    await lea.page.waitForLoadState("networkidle");
    expect(received.length).toBeGreaterThan(bank.length * 8);
    // The search finds the secrets where they are: in each exercise's own file.
    for (const exercise of bank) expect(leaksIn([{ url: `/exercises/${exercise.id}`, body: JSON.stringify(exercise) }]).length).toBeGreaterThan(0);
    expect(leaksIn(received)).toEqual([]);
    await lea.page.context().close();
  });
});
