// Measures the lesson pages of the built app in Chromium (a measurement, not a test: it prints and records, it
// does not pass or fail):
//
//   1. for each lesson page (every file in content/lessons), the JavaScript it loads: the sum of its script
//      responses, raw and gzipped (the bodies gzipped here at level 6, and the bytes actually transferred), against
//      the aim of 200 KB gzipped. Twice: at first load (until the network is idle, nothing scrolled), and after
//      scrolling through the whole page (the lesson labs load the engine and the editors as they come into view);
//   2. on the lesson whose NetworkLab uses the largest lesson network, the time from a real edit in the NetworkLab
//      route table editor (a click on "Remove route …" or "Add route", alternating, so every edit changes the path)
//      to the redrawn diagram: from the click event's timestamp to the first mutation of the diagram's SVG (DOM
//      redrawn) and to the end of the next frame after it (requestAnimationFrame, then a message posted from it,
//      which runs after that frame is painted); median of 20 edits, against the aim of 16 ms.
//
// Usage: npm run measure:lessons   (npx tsx scripts/measure-lessons.ts)
//   MEASURE_URL=http://127.0.0.1:3000  measure a server that is already running; otherwise the script serves the
//                                      existing build in $NEXT_DIST_DIR (default .next) with e2e/support/server.mjs (its own database file,
//                                      data/measure.db, and port MEASURE_PORT, default 3281). It does not build:
//                                      run `npm run build` first (it warns when the build is older than the sources).
//   MEASURE_EDITS=20                   how many edits to time.
//   CHROMIUM_PATH                      as for the end-to-end tests.
// Writes bench/out/lessons-<timestamp>.json and bench/out/lessons-latest.json.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const JS_AIM_KB = 200;
const FRAME_AIM_MS = 16;
const EDITS = Number(process.env.MEASURE_EDITS ?? 20);

type LessonFile = { file: string; slug: string; title: string; labs: string[] };

function lessons(): LessonFile[] {
  const dir = join(root, "content/lessons");
  return readdirSync(dir)
    .filter((f) => /^\d+-.+\.mdx$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8").replace(/```[\s\S]*?```/g, "");
      return {
        file,
        slug: file.replace(/^\d+-/, "").replace(/\.mdx$/, ""),
        title: /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? "",
        labs: [...text.matchAll(/<NetworkLab\b[^>]*\bnetwork="([^"]+)"/g)].map((m) => m[1]!),
      };
    });
}

function networkSize(name: string): number {
  const file = join(root, "content/networks", `${name}.json`);
  return existsSync(file) ? JSON.stringify(JSON.parse(readFileSync(file, "utf8"))).length : 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const kb = (bytes: number) => bytes / 1024;
const r1 = (x: number) => Math.round(x * 10) / 10;

function newestSource(dir: string): number {
  const skip = new Set(["node_modules", ".next", ".git", "data", "test-results", "e2e", "docs", "scripts", "bench"]);
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function serve(): Promise<{ url: string; server?: ChildProcess }> {
  if (process.env.MEASURE_URL) return { url: process.env.MEASURE_URL.replace(/\/$/, "") };
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) throw new Error(`No build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npm run build\` first (or set MEASURE_URL).`);
  const stale = statSync(buildId).mtimeMs < newestSource(root);
  if (stale) console.warn(`! The build in ${distDir} is older than some source files: these figures are for that build.`);
  const port = Number(process.env.MEASURE_PORT ?? 3281);
  const server = spawn(process.execPath, [join(root, "e2e/support/server.mjs")], {
    cwd: root,
    env: { ...process.env, E2E_PORT: String(port), E2E_BUILD: "never", E2E_DB_FILE: "data/measure.db" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, server };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill("SIGTERM");
  throw new Error("the server did not answer within 2 minutes");
}

type JsLoad = { scripts: number; rawBytes: number; gzipBytes: number; transferredBytes: number; files: { path: string; rawBytes: number; gzipBytes: number }[] };
type JsFigures = JsLoad & { slug: string; afterScroll: JsLoad };

async function measureJs(page: Page, url: string, slug: string): Promise<JsFigures> {
  const bodies: Promise<{ path: string; raw: number; gzip: number; transferred: number }>[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes().catch(() => ({ responseBodySize: body.length }));
        return { path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 6 }).length, transferred: sizes.responseBodySize };
      })(),
    );
  };
  const sum = (all: Awaited<(typeof bodies)[number]>[]): JsLoad => ({
    scripts: all.length,
    rawBytes: all.reduce((s, b) => s + b.raw, 0),
    gzipBytes: all.reduce((s, b) => s + b.gzip, 0),
    transferredBytes: all.reduce((s, b) => s + b.transferred, 0),
    files: all.map((b) => ({ path: b.path, rawBytes: b.raw, gzipBytes: b.gzip })).sort((a, b) => b.gzipBytes - a.gzipBytes),
  });
  page.on("response", onResponse);
  await page.goto(`${url}/course/${slug}`, { waitUntil: "networkidle" });
  const atLoad = sum(await Promise.all(bodies));
  // Scroll through the page a screen at a time, as a reader does, so that every lab loads what it loads.
  // (The page grows as labs load, so its height is read again at every step.)
  for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  return { slug, ...atLoad, afterScroll: sum(await Promise.all(bodies)) };
}

type EditTiming = { edit: string; domMs: number | null; frameMs: number | null };

/** Times one click on `button`: from the click event to the diagram's first mutation and to the frame after it. */
async function timedClick(page: Page, labIndex: number, button: import("@playwright/test").Locator, edit: string): Promise<EditTiming> {
  await page.evaluate((labIndex) => {
    const w = window as unknown as { __edit?: Promise<{ domMs: number | null; frameMs: number | null }> };
    // The lab's diagrams (both arrangements are observed; one is shown).
    const lab = document.querySelectorAll("[data-measure-lab]")[labIndex]!;
    const svgs = [...lab.querySelectorAll('svg[role="group"]')];
    w.__edit = new Promise((resolve) => {
      window.addEventListener(
        "click",
        (event) => {
          const t0 = event.timeStamp;
          let done = false;
          const timeout = setTimeout(() => {
            if (!done) resolve({ domMs: null, frameMs: null });
          }, 3000);
          const observer = new MutationObserver(() => {
            if (done) return;
            done = true;
            observer.disconnect();
            const domMs = performance.now() - t0;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                clearTimeout(timeout);
                resolve({ domMs, frameMs: performance.now() - t0 });
              };
              channel.port2.postMessage(null);
            });
          });
          for (const svg of svgs) observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  }, labIndex);
  // A plain mouse click at the button's centre (Playwright's locator.click() also runs its own hit-target checks
  // inside the click's dispatch, which would be counted against the page).
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`${edit}: the button is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const result = await page.evaluate(() => (window as unknown as { __edit: Promise<{ domMs: number | null; frameMs: number | null }> }).__edit);
  // Let the path's draw-in transition (600 ms) finish before the next edit.
  await page.waitForTimeout(800);
  return { edit, ...result };
}

async function measureEdits(page: Page, url: string, lesson: LessonFile, network: string) {
  await page.goto(`${url}/course/${lesson.slug}`, { waitUntil: "networkidle" });
  // Mark the NetworkLabs in page order (the blocks holding both "Edit the network" and a "Path probe").
  const labIndex = lesson.labs.indexOf(network);
  await page.evaluate(() => {
    const headings = [...document.querySelectorAll("h3")].filter((h) => h.textContent === "Edit the network");
    for (const h of headings) h.parentElement?.parentElement?.setAttribute("data-measure-lab", "");
  });
  const lab = page.locator("[data-measure-lab]").nth(labIndex);
  // A lesson lab loads its editors when it comes into view.
  await lab.scrollIntoViewIfNeeded();
  const routes = lab.getByRole("region", { name: /^Route table / }).first();
  await routes.waitFor({ timeout: 15_000 }).catch(() => undefined);
  if ((await routes.count()) === 0) throw new Error(`the NetworkLab of ${network} has no route table editor to edit`);
  const removeButtons = routes.getByRole("button", { name: /^Remove route / });
  const preferred = routes.getByRole("button", { name: "Remove route 0.0.0.0/0" });
  const remove = (await preferred.count()) > 0 ? preferred : removeButtons.first();
  const name = (await remove.getAttribute("aria-label"))!;
  const destination = name.replace(/^Remove route /, "");
  const row = routes.getByRole("row").filter({ has: page.getByRole("button", { name }) });
  const target = (await row.getByRole("cell").nth(1).textContent())!.trim();
  const form = routes.getByRole("form");
  const verdict = lab.getByRole("region", { name: "Path probe" }).locator("p").filter({ hasText: /^(✓ Reachable|✗ Blocked):/ });
  const timings: EditTiming[] = [];
  for (let i = 0; i < EDITS; i++) {
    if (i % 2 === 0) {
      const before = await verdict.textContent();
      timings.push(await timedClick(page, labIndex, routes.getByRole("button", { name }), `remove route ${destination}`));
      if ((await verdict.textContent()) === before) console.warn(`! removing ${destination} did not change the verdict`);
    } else {
      await form.getByLabel("Destination").fill(destination);
      await form.getByLabel("Target").selectOption(target);
      timings.push(await timedClick(page, labIndex, form.getByRole("button", { name: "Add route" }), `add route ${destination} → ${target}`));
      await routes.getByRole("button", { name }).waitFor();
    }
  }
  return { routeTable: (await routes.getByRole("heading").textContent())?.trim(), destination, target, timings };
}

async function main() {
  const all = lessons();
  const labs = all.flatMap((l) => l.labs.map((network) => ({ lesson: l, network, size: networkSize(network) })));
  const largest = labs.sort((a, b) => b.size - a.size)[0];
  const { url, server } = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A first visit warms the server (compiled routes, caches) so that nothing below measures a cold start.
    await page.goto(`${url}/course/${all[0]!.slug}`, { waitUntil: "networkidle" });

    const js: JsFigures[] = [];
    for (const lesson of all) {
      // A fresh context for each page: nothing from the browser cache.
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      js.push(await measureJs(await ctx.newPage(), url, lesson.slug));
      await ctx.close();
    }

    console.log(`\nJavaScript loaded by each lesson page (aim: ${JS_AIM_KB} KB gzipped)\n`);
    console.log(`${"lesson".padEnd(34)} ${"scripts".padStart(7)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)} ${"sent KB".padStart(8)}  aim     ${"after scrolling: scripts".padStart(24)} ${"gzip KB".padStart(8)}`);
    for (const j of js) {
      const ok = kb(j.gzipBytes) <= JS_AIM_KB;
      console.log(
        `${j.slug.padEnd(34)} ${String(j.scripts).padStart(7)} ${r1(kb(j.rawBytes)).toFixed(1).padStart(8)} ${r1(kb(j.gzipBytes)).toFixed(1).padStart(8)} ${r1(kb(j.transferredBytes)).toFixed(1).padStart(8)}  ${ok ? "within" : "OVER  "}  ${String(j.afterScroll.scripts).padStart(24)} ${r1(kb(j.afterScroll.gzipBytes)).toFixed(1).padStart(8)}`,
      );
    }

    let edits: Awaited<ReturnType<typeof measureEdits>> | undefined;
    if (largest) {
      edits = await measureEdits(page, url, largest.lesson, largest.network);
      const frames = edits.timings.map((t) => t.frameMs).filter((x): x is number => x !== null);
      const doms = edits.timings.map((t) => t.domMs).filter((x): x is number => x !== null);
      console.log(`\nEdit → redrawn diagram on ${largest.network} (${largest.size} bytes of JSON), /course/${largest.lesson.slug}, ${edits.routeTable}`);
      console.log(`edits: remove and re-add route ${edits.destination} → ${edits.target}, ${edits.timings.length} in all, ${edits.timings.length - frames.length} without a redraw`);
      console.log(`${"".padEnd(28)} ${"median".padStart(8)} ${"min".padStart(8)} ${"max".padStart(8)}  aim ${FRAME_AIM_MS} ms`);
      const line = (label: string, xs: number[]) =>
        xs.length ? `${label.padEnd(28)} ${r1(median(xs)).toFixed(1).padStart(8)} ${r1(Math.min(...xs)).toFixed(1).padStart(8)} ${r1(Math.max(...xs)).toFixed(1).padStart(8)}` : `${label.padEnd(28)} no data`;
      console.log(line("click → diagram DOM (ms)", doms));
      console.log(`${line("click → next frame (ms)", frames)}  ${frames.length && median(frames) <= FRAME_AIM_MS ? "within" : "OVER"}`);
    }

    const out = {
      measuredAt: new Date().toISOString(),
      url,
      chromium: browser.version(),
      machine: { cpus: (await import("node:os")).cpus().length, loadavg: (await import("node:os")).loadavg() },
      javascript: { aimKbGzip: JS_AIM_KB, pages: js.map((j) => ({ ...j, gzipKb: r1(kb(j.gzipBytes)), afterScrollGzipKb: r1(kb(j.afterScroll.gzipBytes)), withinAim: kb(j.gzipBytes) <= JS_AIM_KB })) },
      editToRedraw: largest && edits
        ? {
            aimMs: FRAME_AIM_MS,
            network: largest.network,
            networkJsonBytes: largest.size,
            lesson: largest.lesson.slug,
            ...edits,
            medianDomMs: r1(median(edits.timings.flatMap((t) => (t.domMs === null ? [] : [t.domMs])))),
            medianFrameMs: r1(median(edits.timings.flatMap((t) => (t.frameMs === null ? [] : [t.frameMs])))),
          }
        : null,
    };
    const dir = join(root, "bench/out");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `lessons-${out.measuredAt.replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
    writeFileSync(join(dir, "lessons-latest.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(`\nwritten: ${file}`);
  } finally {
    await browser.close();
    server?.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
