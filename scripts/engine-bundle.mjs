// The engine as one ES module, built by esbuild and cached per version of its sources, for the command line
// (scripts/reach.mjs) and the benchmark (bench/measure.ts), so that both run the engine as the app's bundler does:
// calls between modules are direct. Under tsx each TypeScript file becomes a CommonJS module whose imports are read
// through getters, which made a 200 MB snapshot load 0.3-0.7 s slower, and every run paid tsx's start-up.
//
// The bundle lives in node_modules/.cache/reachable/, beside a manifest of the files it was built from and their
// hash: it is rebuilt when any of them changes (or is gone). Two processes building at once each write their own
// temporary file and rename it into place, so a reader never sees half a bundle.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cacheDir = path.join(root, "node_modules", ".cache", "reachable");

/** sha256 over the files' names and contents (paths relative to the repository). */
function hashOf(files) {
  const h = createHash("sha256");
  for (const f of files) {
    h.update(f);
    h.update("\0");
    h.update(readFileSync(path.join(root, f)));
    h.update("\0");
  }
  return h.digest("hex");
}

function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * The file URL of the bundle of `entry` (a path relative to the repository, e.g. "lib/reachability/cli.ts"),
 * building it first when it is missing or out of date.
 */
export async function engineBundle(entry) {
  const name = entry.replace(/[^a-zA-Z0-9]+/g, "-");
  const manifestFile = path.join(cacheDir, `${name}.json`);
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    if (manifest.entry === entry && existsSync(manifest.bundle) && hashOf(manifest.inputs) === manifest.hash) return pathToFileURL(manifest.bundle).href;
  } catch {
    // no manifest yet, a source gone, or the bundle gone: build
  }
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = hashOf(inputs);
  mkdirSync(cacheDir, { recursive: true });
  const bundle = path.join(cacheDir, `${name}-${hash.slice(0, 16)}.mjs`);
  writeAtomically(bundle, result.outputFiles[0].contents);
  writeAtomically(manifestFile, `${JSON.stringify({ entry, inputs, hash, bundle })}\n`);
  return pathToFileURL(bundle).href;
}
