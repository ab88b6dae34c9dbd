#!/usr/bin/env node
// `npm start`: everything a fresh clone needs after `npm install`, then serve on PORT (default 3000).
//   1. data/ and the session secret (generated once into data/nextauth-secret unless NEXTAUTH_SECRET is set)
//   2. the Prisma client (generated if missing or if prisma/schema.prisma changed)
//   3. the database: migrations applied; demo accounts seeded unless production (scripts/prepare-db.ts)
//   4. `next build` when there is no build of the current sources
//   5. `next start`
// `node scripts/start.mjs --dev` does 1–3 and runs `next dev` instead of 4–5.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.join(root, "data");
const dev = process.argv.includes("--dev");
const production = process.env.NODE_ENV === "production" || process.env.REACHABLE_ENV === "production";
const port = process.env.PORT?.trim() || "3000";

const bin = {
  next: path.join(root, "node_modules", "next", "dist", "bin", "next"),
  prisma: path.join(root, "node_modules", "prisma", "build", "index.js"),
  tsx: path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
};

function fail(message) {
  console.error(`\n[reachable] ${message}\n`);
  process.exit(1);
}

function run(label, args, env = process.env) {
  console.log(`[reachable] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) fail(`${label} failed (exit code ${result.status ?? result.signal}).`);
}

if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`PORT must be a number from 1 to 65535, not "${port}".`);
for (const [name, file] of Object.entries(bin)) {
  if (!existsSync(file)) fail(`${name} is not installed. Run \`npm install\` first.`);
}
mkdirSync(dataDir, { recursive: true });

// 1. The session secret.
function sessionSecret() {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (production) fail("NEXTAUTH_SECRET must be set in production (at least 32 random characters, e.g. `openssl rand -base64 32`).");
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    console.log("[reachable] Generated a session secret in data/nextauth-secret");
  }
  return readFileSync(file, "utf8").trim();
}
const secret = sessionSecret();

// 2. The Prisma client, when missing or stale.
const schemaHash = createHash("sha256").update(readFileSync(path.join(root, "prisma", "schema.prisma"))).digest("hex");
const stampFile = path.join(root, "prisma", "generated", ".schema-hash");
if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== schemaHash) {
  run("Generating the Prisma client", [bin.prisma, "generate"]);
  writeFileSync(stampFile, schemaHash);
}

// 3. The database.
run("Preparing the database", [bin.tsx, path.join("scripts", "prepare-db.ts")]);

const appEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NEXTAUTH_SECRET: secret, PORT: port };
if (!process.env.NEXTAUTH_URL) {
  if (production) console.warn("[reachable] NEXTAUTH_URL is not set: set it to the public URL (https://…) in production.");
  else appEnv.AUTH_TRUST_HOST = "true";
}

function serve(args) {
  const child = spawn(process.execPath, [bin.next, ...args], { cwd: root, env: appEnv, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (dev) {
  serve(["dev", "-p", port]);
} else {
  // 4. Build when the sources differ from the last build's.
  const inputs = ["app", "components", "content", "lib", "public", "proxy.ts", "mdx-components.tsx", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
  const hash = createHash("sha256");
  const walk = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    const stat = statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) walk(path.join(relative, entry));
    } else if (!/\.test\.tsx?$/.test(relative)) {
      hash.update(`${relative}\0${stat.size}\0`).update(readFileSync(absolute));
    }
  };
  inputs.forEach(walk);
  const fingerprint = hash.digest("hex");
  const buildStamp = path.join(root, ".next", "reachable-build-fingerprint");
  const current = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(buildStamp) && readFileSync(buildStamp, "utf8") === fingerprint;
  if (current) {
    console.log("[reachable] The build is current");
  } else {
    run("Building the platform (next build, a few minutes)", [bin.next, "build"], { ...appEnv, NODE_ENV: "production" });
    writeFileSync(buildStamp, fingerprint);
  }
  // 5. Serve.
  console.log(`[reachable] Serving at http://localhost:${port}`);
  serve(["start", "-p", port]);
}
