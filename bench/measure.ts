/**
 * The benchmark's measuring child process (run by engine.bench.ts with --expose-gc, one fresh process per
 * measurement so that load time and peak memory are those of a cold process, as the CLI sees them).
 *
 *   node --expose-gc --import tsx bench/measure.ts SNAPSHOT.json [--queries Q.jsonl] [--warmup N]
 *        [--matrix ENDPOINTS.json] [--matrix-runs N]
 *
 * The engine is imported from the bundle the command line runs (scripts/engine-bundle.mjs), not through tsx.
 * Prints one JSON object on stdout. Load = open the file and loadSnapshotBytes (as the CLI). Peak memory is the
 * process's peak RSS (getrusage maxRSS, which the kernel tracks, so no sampling can miss a spike), also given
 * as a delta over the RSS before the file was read; heap figures are after a forced GC.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { PerformanceObserver, performance, type PerformanceEntry } from "node:perf_hooks";
import v8 from "node:v8";
import type * as Engine from "../lib/reachability";
import type * as FileSource from "../lib/reachability/cli-file-source";
import type { Model } from "../lib/reachability";
import { engineBundle } from "../scripts/engine-bundle.mjs";

// The engine as the command line runs it: one bundle (scripts/engine-bundle.mjs), built before the clock starts.
const { analyze, loadSnapshotBytes, parseQuery, reachabilityMatrix } = (await import(await engineBundle("lib/reachability/index.ts"))) as typeof Engine;
const { openFileSource } = (await import(await engineBundle("lib/reachability/cli-file-source.ts"))) as typeof FileSource;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** CPU time of the process in ms (getrusage: all threads, so the GC's helper threads too; not the time spent waiting for a core). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU time of this (the main) thread in ms, from /proc/thread-self/schedstat (Linux; NaN elsewhere): the work of
 * the main thread alone, without the background threads that process CPU also counts (V8 compiles optimized code
 * and marks/sweeps concurrently on helper threads) and without time spent waiting for a core. The kernel updates
 * it at scheduler ticks (a few ms), so it is read around whole batches (the load, all queries, all matrix runs),
 * never around one query.
 */
const schedFd = (() => {
  try {
    return openSync("/proc/thread-self/schedstat", "r");
  } catch {
    return undefined;
  }
})();
const schedBuf = Buffer.alloc(128);
function threadCpuMs(): number {
  if (schedFd === undefined) return NaN;
  const n = readSync(schedFd, schedBuf, 0, schedBuf.length, 0);
  return Number(schedBuf.toString("latin1", 0, n).split(" ")[0]) / 1e6;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}

const MiB = 1024 * 1024;
const snapshotPath = process.argv[2] as string;
const out: Record<string, unknown> = { snapshot: snapshotPath };

gc();
const before = process.memoryUsage();
const rssBeforeMax = process.resourceUsage().maxRSS * 1024;
const c0 = process.cpuUsage();
const tc0 = threadCpuMs();
const t0 = performance.now();
let snapshotBytes = 0;
/**
 * Loads as the CLI loads (lib/reachability/cli.ts loadSnapshotFile): the file opened and read a piece at a time by
 * loadSnapshotBytes, in a function of its own so that nothing of the module's top-level code keeps a piece.
 */
function loadFile(): { model?: Model; t1: number } {
  const source = openFileSource(snapshotPath);
  snapshotBytes = source.size;
  let loaded: Model | undefined;
  try {
    loaded = loadSnapshotBytes(source);
  } catch (error) {
    out.loadError = error instanceof Error ? error.message : String(error);
  } finally {
    source.close();
  }
  return { model: loaded, t1: performance.now() };
}
const { model, t1 } = loadFile();
const loadCpu = process.cpuUsage(c0);
const loadThreadCpu = threadCpuMs() - tc0;
const peakRss = process.resourceUsage().maxRSS * 1024;
/** The kernel's high-water mark of this process's RSS (Linux /proc/self/status VmHWM), a cross-check of maxRSS. */
const vmHwm = (() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
})();
// Let the event loop turn once before collecting: work V8 left for the end of the current job can hold the parsed
// JSON until then (about one run in ten reported 465 MiB retained instead of 165 without this).
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
const after = process.memoryUsage();
out.load = {
  totalMs: t1 - t0,
  /** CPU time of the process during the load (user + system, all threads, GC helpers included). */
  cpuMs: (loadCpu.user + loadCpu.system) / 1000,
  /** CPU time of the main thread during the load (the GC's helper threads excluded). */
  threadCpuMs: loadThreadCpu,
  snapshotBytes,
  rssBeforeMiB: before.rss / MiB,
  /** Peak RSS of the whole process (node + tsx + file text + parsed JSON + model). */
  peakRssMiB: peakRss / MiB,
  /** The same from /proc/self/status (VmHWM); NaN off Linux. */
  vmHwmMiB: vmHwm / MiB,
  /** Peak RSS minus the RSS before the file was read (the load's own peak); the process peak before load was rssBeforeMax. */
  peakRssDeltaMiB: (peakRss - before.rss) / MiB,
  rssPeakBeforeLoadMiB: rssBeforeMax / MiB,
  heapCommittedAfterLoadMiB: v8.getHeapStatistics().total_heap_size / MiB,
  /** Heap retained by the model after GC (the file text and the parsed JSON dropped). */
  retainedHeapMiB: (after.heapUsed - before.heapUsed) / MiB,
  retainedRssMiB: after.rss / MiB,
};

const queriesPath = arg("--queries");
if (model && queriesPath) {
  const lines = readFileSync(queriesPath, "utf8").split("\n").filter((l) => l.trim() !== "");
  const items = lines.map((l) => JSON.parse(l) as { label: string; query: Record<string, unknown> });
  const warmup = Number(arg("--warmup") ?? 200);
  const first = performance.now();
  analyze(model, parseQuery((items[0] as { query: unknown }).query));
  const firstMs = performance.now() - first;
  for (let k = 0; k < warmup; k++) analyze(model, parseQuery((items[k % items.length] as { query: unknown }).query));
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const spans: [number, number][] = [];
  const gcEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const byLabel = new Map<string, { times: number[]; found: number; codes: Map<string, number> }>();
  // Cost of reading the clock itself (subtracted from each sample).
  const probe: number[] = [];
  for (let k = 0; k < 300; k++) {
    const a = cpuMs();
    probe.push(cpuMs() - a);
  }
  const clockCost = [...probe].sort((a, b) => a - b)[150] as number;
  const batchThreadStart = threadCpuMs();
  for (const item of items) {
    const c = cpuMs();
    const s = performance.now();
    const analysis = analyze(model, parseQuery(item.query));
    const end = performance.now();
    const e = end - s;
    const cu = cpuMs() - c;
    spans.push([s, end]);
    times.push(e);
    cpuTimes.push(Math.max(0, cu - clockCost));
    const rec = byLabel.get(item.label) ?? { times: [], found: 0, codes: new Map<string, number>() };
    byLabel.set(item.label, rec);
    rec.times.push(e);
    if (analysis.NetworkPathFound) rec.found++;
    const code = analysis.NetworkPathFound ? "found" : analysis.Explanations[0]?.ExplanationCode ?? "?";
    rec.codes.set(code, (rec.codes.get(code) ?? 0) + 1);
  }
  const batchThreadMs = threadCpuMs() - batchThreadStart;
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcEntries.push(...observer.takeRecords());
  observer.disconnect();
  // Queries during which the collector ran (the GC entries' time spans overlap the query's).
  const gcs = gcEntries.map((g) => [g.startTime, g.startTime + g.duration] as const).sort((a, b) => a[0] - b[0]);
  let gi = 0;
  const withoutGc: number[] = [];
  spans.forEach(([s, e], k) => {
    while (gi < gcs.length && (gcs[gi] as readonly [number, number])[1] < s) gi++;
    const g = gcs[gi];
    if (!g || g[0] > e) withoutGc.push(times[k] as number);
  });
  // Intrinsic cost: each query repeated 5 times, its fastest run (drops the noise of a shared machine and GC).
  const intrinsic: number[] = items.map((item) => {
    const q = parseQuery(item.query);
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const s = performance.now();
      analyze(model as Model, q);
      best = Math.min(best, performance.now() - s);
    }
    return best;
  });
  intrinsic.sort((a, b) => a - b);
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
  const noGcSorted = withoutGc.sort((a, b) => a - b);
  out.queries = {
    count: times.length,
    warmup,
    firstQueryMs: firstMs,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    /** The same in process CPU time (see cpuMs): excludes waiting for a core, includes concurrent GC threads. */
    cpuClockCostMs: clockCost,
    cpuP50Ms: percentile(cpuSorted, 50),
    cpuP99Ms: percentile(cpuSorted, 99),
    cpuMeanMs: cpuTimes.reduce((a, b) => a + b, 0) / cpuTimes.length,
    /** Main-thread CPU of the whole measured batch divided by the count (see threadCpuMs; GC pauses and the clock reads included). */
    threadCpuMeanMs: batchThreadMs / items.length,
    /** Garbage collections during the measured queries, their total pause, and the queries they overlapped. */
    gcCount: gcs.length,
    gcPauseMs: gcEntries.reduce((a, g) => a + g.duration, 0),
    queriesOverlappingGc: times.length - noGcSorted.length,
    p99WithoutGcMs: percentile(noGcSorted, 99),
    /** Per query the fastest of 5 runs (analyze only), then p50/p99/max across queries. */
    intrinsicP50Ms: percentile(intrinsic, 50),
    intrinsicP99Ms: percentile(intrinsic, 99),
    intrinsicMaxMs: intrinsic[intrinsic.length - 1],
    byLabel: Object.fromEntries(
      [...byLabel.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([label, r]) => {
          const s = [...r.times].sort((a, b) => a - b);
          return [label, { count: s.length, found: r.found, p50Ms: percentile(s, 50), p99Ms: percentile(s, 99), outcomes: Object.fromEntries([...r.codes.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) }];
        }),
    ),
  };
}

const matrixPath = arg("--matrix");
if (model && matrixPath) {
  const endpoints = JSON.parse(readFileSync(matrixPath, "utf8")) as string[];
  const runs = Number(arg("--matrix-runs") ?? 15);
  const coldStart = performance.now();
  const cells = reachabilityMatrix(model, endpoints, "tcp", 443);
  const coldMs = performance.now() - coldStart;
  for (let k = 0; k < 3; k++) reachabilityMatrix(model, endpoints, "tcp", 443);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const matrixThreadStart = threadCpuMs();
  for (let k = 0; k < runs; k++) {
    const c = cpuMs();
    const s = performance.now();
    reachabilityMatrix(model, endpoints, "tcp", 443);
    times.push(performance.now() - s);
    cpuTimes.push(cpuMs() - c);
  }
  const matrixThreadMs = threadCpuMs() - matrixThreadStart;
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
  out.matrix = {
    endpoints: endpoints.length,
    pairs: cells.length,
    found: cells.filter((c) => c.NetworkPathFound).length,
    runs,
    coldMs,
    medianMs: percentile(sorted, 50),
    cpuMedianMs: percentile(cpuSorted, 50),
    /** Main-thread CPU of all the timed runs divided by their count. */
    threadCpuMeanMs: matrixThreadMs / runs,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
  };
}

out.loadAverage = (await import("node:os")).default.loadavg();
process.stdout.write(`${JSON.stringify(out)}\n`);
