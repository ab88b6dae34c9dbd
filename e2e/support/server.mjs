// Playwright's webServer: a fresh test database, a production build when the sources changed, then `next start`.
//
// 1. data/e2e.db is deleted and recreated with every migration applied (never the developer's own database).
// 2. `npm run build` runs when .next/BUILD_ID is missing or older than any source file (E2E_BUILD=always|never
//    overrides the check).
//    NEXT_DIST_DIR (default .next) names the build folder, so parallel test servers in one checkout don't clobber.
// 3. `next start` serves on 127.0.0.1:$E2E_PORT (default 3271) with NEXTAUTH_URL pointing at it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.E2E_PORT ?? 3271);
const origin = `http://127.0.0.1:${port}`;
const dbFile = resolve(root, process.env.E2E_DB_FILE ?? "data/e2e.db");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_URL: origin,
  // A throwaway secret per run unless one is given: sessions only need to outlive this server.
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
  E2E_DB_FILE: dbFile,
};

function log(message) {
  console.log(`[e2e server] ${message}`);
}

function run(command, args) {
  log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[e2e server] failed: ${command} ${args.join(" ")} (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

// 1. A fresh database with migrations applied.
mkdirSync(dirname(dbFile), { recursive: true });
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
if (existsSync(join(root, "prisma/schema.prisma"))) {
  if (!existsSync(join(root, "prisma/generated"))) run("npx", ["prisma", "generate"]);
  // The app's own preparation (migrations, no demo accounts) when it has one, else the bare migrations.
  if (existsSync(join(root, "scripts/prepare-db.ts"))) run("npx", ["tsx", "scripts/prepare-db.ts", "--no-seed"]);
  else run("npx", ["prisma", "migrate", "deploy"]);
} else {
  log("no prisma/schema.prisma yet: no database to prepare");
}

// 2. Build when needed.
// Everything but what cannot change the build: tests, their tooling, docs, data and outputs.
const distDir = process.env.NEXT_DIST_DIR || ".next";
const skipDirs = new Set(["node_modules", ".next", distDir, ".git", "data", "test-results", "playwright-report", "blob-report", "e2e", "docs", ".ci", "scripts", "bench"]);
const skipFiles = /(\.test\.tsx?|^README\.md|^playwright\.config\.ts|^vitest\.config\.ts|^eslint\.config\.mjs|\.tsbuildinfo)$/;
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipDirs.has(entry.name) || skipFiles.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
const buildId = join(root, distDir, "BUILD_ID");
const mode = process.env.E2E_BUILD ?? "auto";
const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestMtime(root);
if (mode === "always" || (mode === "auto" && stale)) {
  if (pkg.scripts?.build) run("npm", ["run", "build"]);
  else run("npx", ["next", "build"]);
} else {
  log(`using the existing build in ${distDir} (E2E_BUILD=${mode})`);
}

// 3. Serve.
log(`next start on ${origin}, database ${dbFile}`);
// Node runs Next directly (no npx or shell in between), so a signal to this process reaches the server.
const nextBin = join(root, "node_modules/next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
