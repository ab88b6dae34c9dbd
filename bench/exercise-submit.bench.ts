// Exercise submissions under load: 50 learners submit graded attempts at once against the built app on the
// embedded SQLite database, through the real HTTP API with real sessions. A measurement, not a test: it prints
// and records p50/p95/p99/max latency and errors, and checks that every accepted attempt was recorded.
//
// Usage: npm run bench:exercises   (npx tsx bench/exercise-submit.bench.ts)
//   BENCH_URL=http://127.0.0.1:3000   measure a server that is already running (then BENCH_DB_FILE names its
//                                     database file for the recorded-rows check; without it the check reads the
//                                     learners' attempts back through the API). Otherwise the script serves the
//                                     app with e2e/support/server.mjs on a fresh database (data/bench-exercises.db)
//                                     and port BENCH_PORT (default 3283), building first when the build in
//                                     $NEXT_DIST_DIR (default .next) is older than the sources (E2E_BUILD as there).
//   BENCH_LEARNERS=50                 concurrent learners.
//   BENCH_SUBMISSIONS=10              attempts per learner in the class phase (the API allows 30 a minute each).
//   BENCH_THINK_MS=1000-4000          a learner's pause between two submissions (uniform, seeded).
//
// Two phases, both with every learner signed in and working at the same time:
//   1. class: the 50 learners each submit BENCH_SUBMISSIONS attempts, pausing BENCH_THINK_MS between them (a
//      class working through exercises: everyone active at once, about 50 / 2.5 s = 20 submissions a second).
//      The aim is measured here: p95 under 50 ms, no errors, every attempt recorded.
//   2. burst: all 50 learners press Submit at the same instant, once. The worst case: the last answer waits for
//      the 49 before it (one Node process, one SQLite writer), so its latency is about 50 x the service time.
// Attempts alternate between the reference solution (must be graded solved) and no change (must not).
// Writes bench/out/exercise-submit-<timestamp>.json and bench/out/exercise-submit-latest.json.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import type { Exercise, ExerciseChange } from "../lib/exercises/exercise-schema";
import { seeded } from "./prng";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 50);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 10);
const [THINK_MIN, THINK_MAX] = (process.env.BENCH_THINK_MS ?? "1000-4000").split("-").map(Number) as [number, number];
const AIM_P95_MS = 50;
const port = Number(process.env.BENCH_PORT ?? 3283);
const dbFile = process.env.BENCH_URL ? process.env.BENCH_DB_FILE : resolve(root, "data/bench-exercises.db");

const bank: Exercise[] = readdirSync(join(root, "content/exercises"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, "content/exercises", f), "utf8")) as Exercise);

// ---------- the server ----------

async function waitForServer(base: string, server: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before answering`);
    try {
      if ((await fetch(`${base}/api/exercises`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${base} did not answer within ${timeoutMs / 1000} s`);
}

function startServer(): ChildProcess {
  console.log(`starting the app on port ${port} with a fresh database ${dbFile} (builds first when the sources changed)...`);
  return spawn(process.execPath, [join(root, "e2e/support/server.mjs")], {
    cwd: root,
    env: { ...process.env, E2E_PORT: String(port), E2E_DB_FILE: dbFile },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * CPU time (user + system, ms) used so far by a process and its descendants, from /proc (Linux); null elsewhere.
 * The app's CPU per submission does not depend on how busy the machine is, unlike latency.
 */
function treeCpuMs(pid: number): number | null {
  try {
    const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    let total = (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    for (const child of children) total += treeCpuMs(Number(child)) ?? 0;
    return total;
  } catch {
    return null;
  }
}

// ---------- sessions with plain fetch ----------

class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  json(path: string, body: unknown): Promise<Response> {
    return this.fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }

  async signUpAndIn(name: string, email: string, password: string): Promise<void> {
    const signUp = await this.json("/api/signup", { name, email, password });
    if (signUp.status !== 201) throw new Error(`sign-up of ${email} answered ${signUp.status}: ${await signUp.text()}`);
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    await signIn.text();
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { id?: string } };
    if (!session.user?.id) throw new Error(`sign-in of ${email} gave no session (status ${signIn.status})`);
  }
}

// ---------- the load ----------

interface Sample {
  phase: "class" | "burst";
  ms: number;
  status: number;
  learner: number;
  exerciseId: string;
  correct: boolean;
  solved: boolean | null;
  error?: string;
}

/** Runs `task` over `items` with at most `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  if (bank.length === 0) throw new Error("content/exercises holds no exercise");
  let server: ChildProcess | null = null;
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  if (!process.env.BENCH_URL) {
    // Never measure (and write to) someone else's server that happens to hold the port.
    const busy = await fetch(base).then(
      () => true,
      () => false,
    );
    if (busy) throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT (or BENCH_URL to measure it)`);
    server = startServer();
  }
  const stop = () => server?.kill("SIGTERM");
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    await waitForServer(base, server, 30 * 60_000);
    const run = Date.now().toString(36);

    // 1. Learners: signed up and signed in through the real endpoints (scrypt hashing; a few at a time).
    console.log(`signing up ${LEARNERS} learners...`);
    const learners = Array.from({ length: LEARNERS }, (_, i) => ({ index: i, email: `bench-${run}-${i}@example.test`, session: new Session(base) }));
    await pool(learners, 4, (l) => l.session.signUpAndIn(`Bench learner ${l.index}`, l.email, `bench-password-${run}-${l.index}`));

    // 2. Warm-up: each learner opens its first exercise (POST start; also loads every route's code once).
    await pool(learners, LEARNERS, async (l) => {
      const response = await l.session.json(`/api/exercises/${bank[l.index % bank.length]!.id}/start`, {});
      if (response.status !== 200) throw new Error(`start answered ${response.status}`);
    });

    // 3. The load. Learner i works on exercise i mod n; attempts alternate between the reference solution and no
    //    change, starting with the wrong one on odd learners.
    const samples: Sample[] = [];
    const submitOnce = async (l: (typeof learners)[number], k: number, phase: Sample["phase"]) => {
      const exercise = bank[l.index % bank.length]!;
      const correct = (k + l.index) % 2 === 0;
      const changes: ExerciseChange[] = correct ? exercise.solution.changes : [];
      const t0 = performance.now();
      let sample: Sample;
      try {
        const response = await l.session.json(`/api/exercises/${exercise.id}/attempts`, { changes });
        const body = (await response.json()) as { attempt?: { solved: boolean }; error?: string };
        sample = { phase, ms: performance.now() - t0, status: response.status, learner: l.index, exerciseId: exercise.id, correct, solved: body.attempt?.solved ?? null };
        if (response.status !== 201) sample.error = body.error ?? `status ${response.status}`;
        else if (body.attempt?.solved !== correct) sample.error = `graded solved=${body.attempt?.solved}, expected ${correct}`;
      } catch (error) {
        sample = { phase, ms: performance.now() - t0, status: 0, learner: l.index, exerciseId: exercise.id, correct, solved: null, error: `${String(error)} (${String((error as { cause?: unknown }).cause ?? "no cause")})` };
      }
      samples.push(sample);
    };
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    console.log(`class: ${LEARNERS} learners x ${SUBMISSIONS} attempts, ${THINK_MIN}-${THINK_MAX} ms between a learner's submissions...`);
    const rng = seeded(20261121);
    const plans = learners.map(() => Array.from({ length: SUBMISSIONS }, () => rng.int(THINK_MIN, THINK_MAX)));
    const load = loadavg()[0]!;
    const cpuBefore = server?.pid ? treeCpuMs(server.pid) : null;
    const started = performance.now();
    await Promise.all(
      learners.map(async (l) => {
        for (let k = 0; k < SUBMISSIONS; k++) {
          await sleep(plans[l.index]![k]!);
          await submitOnce(l, k, "class");
        }
      }),
    );
    const wallMs = performance.now() - started;
    const cpuAfter = server?.pid ? treeCpuMs(server.pid) : null;

    console.log(`burst: all ${LEARNERS} learners submit at the same instant...`);
    await sleep(1000);
    await Promise.all(learners.map((l) => submitOnce(l, SUBMISSIONS, "burst")));

    // 4. Every accepted attempt recorded? Count the rows (the database file) or read them back (the API).
    const accepted = samples.filter((s) => s.status === 201).length;
    let recorded: number;
    let recordedSolved: number;
    if (dbFile) {
      const client = createClient({ url: `file:${dbFile}` });
      const emails = learners.map((l) => l.email);
      const marks = emails.map(() => "?").join(",");
      const sql = `SELECT COUNT(*) AS n, SUM(CASE WHEN a."solved" THEN 1 ELSE 0 END) AS solved FROM "ExerciseAttempt" a JOIN "User" u ON u."id" = a."userId" WHERE u."email" IN (${marks})`;
      const row = (await client.execute({ sql, args: emails })).rows[0]!;
      recorded = Number(row.n);
      recordedSolved = Number(row.solved);
      client.close();
    } else {
      recorded = 0;
      recordedSolved = 0;
      for (const l of learners) {
        const response = await l.session.fetch(`/api/exercises/${bank[l.index % bank.length]!.id}/attempts`);
        const { attempts } = (await response.json()) as { attempts: { solved: boolean }[] };
        recorded += attempts.length;
        recordedSolved += attempts.filter((a) => a.solved).length;
      }
    }

    const stats = (phase: Sample["phase"]) => {
      const of = samples.filter((x) => x.phase === phase);
      const sorted = of.map((x) => x.ms).sort((a, b) => a - b);
      return {
        requests: of.length,
        latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN) },
        errors: of.filter((x) => x.error).length,
      };
    };
    const errors = samples.filter((x) => x.error);
    const expectedSolved = samples.filter((x) => x.status === 201 && x.correct).length;
    const classStats = stats("class");
    const burstStats = stats("burst");
    const allRecorded = recorded === accepted && accepted === samples.length && recordedSolved === expectedSolved;
    const result = {
      at: new Date().toISOString(),
      base,
      learners: LEARNERS,
      exercises: new Set(samples.map((x) => x.exerciseId)).size,
      class: { ...classStats, submissionsPerLearner: SUBMISSIONS, thinkMs: [THINK_MIN, THINK_MAX], wallSeconds: round(wallMs / 1000), perSecond: round(classStats.requests / (wallMs / 1000)) },
      burst: burstStats,
      errors: errors.length,
      errorSamples: errors.slice(0, 5).map((e) => `${e.phase} ${e.exerciseId}: ${e.error}`),
      accepted,
      recorded,
      recordedSolved,
      expectedSolved,
      allRecorded,
      aim: { p95Ms: AIM_P95_MS, met: classStats.latencyMs.p95 < AIM_P95_MS && errors.length === 0 && allRecorded },
      /** The app's CPU time (all its processes) per class-phase submission: what a submission costs, however busy the machine. */
      serverCpuMsPerSubmission: cpuBefore !== null && cpuAfter !== null ? round((cpuAfter - cpuBefore) / classStats.requests) : null,
      machine: { cpus: cpus().length, loadAverage1mAtStart: round(load), loadAverage1mAtEnd: round(loadavg()[0]!) },
    };

    const line = (name: string, x: ReturnType<typeof stats>) =>
      `  ${name.padEnd(6)} ${String(x.requests).padStart(4)} requests   p50 ${x.latencyMs.p50} ms   p95 ${x.latencyMs.p95} ms   p99 ${x.latencyMs.p99} ms   max ${x.latencyMs.max} ms   errors ${x.errors}`;
    console.log("");
    console.log(`exercise submissions from ${LEARNERS} signed-in learners over ${result.exercises} exercises (aim: class p95 < ${AIM_P95_MS} ms, no errors, all recorded)`);
    console.log(`${line("class", classStats)}   (${result.class.perSecond}/s over ${result.class.wallSeconds} s)`);
    console.log(line("burst", burstStats));
    if (result.errorSamples.length) console.log(`  errors: ${result.errorSamples.join("; ")}`);
    console.log(`  recorded ${recorded} of ${accepted} accepted (${samples.length} sent); solved ${recordedSolved}, expected ${expectedSolved}: ${allRecorded ? "every attempt recorded" : "MISMATCH"}`);
    if (result.serverCpuMsPerSubmission !== null) console.log(`  server CPU ${result.serverCpuMsPerSubmission} ms per submission (user + system, all the app's processes, class phase)`);
    console.log(`  machine  ${result.machine.cpus} cores, load average ${result.machine.loadAverage1mAtStart} -> ${result.machine.loadAverage1mAtEnd}`);
    console.log(`  aim ${result.aim.met ? "met" : "NOT met"}`);

    mkdirSync(join(root, "bench/out"), { recursive: true });
    const text = `${JSON.stringify(result, null, 2)}\n`;
    writeFileSync(join(root, `bench/out/exercise-submit-${result.at.replace(/[:.]/g, "-")}.json`), text);
    writeFileSync(join(root, "bench/out/exercise-submit-latest.json"), text);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
