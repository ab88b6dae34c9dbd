import "server-only";
// Loads the lesson networks in content/networks/<name>.json with the engine, once per process.
// Used by the lesson pages (Claim, widget fallbacks) and the content checks.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadSnapshot, SnapshotError, type Model } from "@/lib/reachability";

export const NETWORKS_DIR = path.join(process.cwd(), "content", "networks");

export type LessonNetwork = { ok: true; name: string; snapshot: Record<string, unknown>; model: Model } | { ok: false; name: string; error: string };

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cache = new Map<string, LessonNetwork>();

export function networkNames(dir: string = NETWORKS_DIR): string[] {
  try {
    return readdirSync(/*turbopackIgnore: true*/ dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -".json".length))
      .sort();
  } catch {
    return [];
  }
}

/** Reads and loads a network by name; the engine's refusal, a missing file or a bad name come back as `ok: false`. */
export function loadLessonNetwork(name: string, dir: string = NETWORKS_DIR): LessonNetwork {
  const key = `${dir}\u0000${name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = read(name, dir);
  cache.set(key, result);
  return result;
}

function read(name: string, dir: string): LessonNetwork {
  if (!NAME.test(name)) return { ok: false, name, error: `"${name}" is not a network name (kebab-case, without .json)` };
  let text: string;
  try {
    text = readFileSync(path.join(dir, `${name}.json`), "utf8");
  } catch {
    return { ok: false, name, error: `content/networks/${name}.json does not exist` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, name, error: `content/networks/${name}.json is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    return { ok: true, name, snapshot: json as Record<string, unknown>, model: loadSnapshot(json) };
  } catch (error) {
    const reason = error instanceof SnapshotError || error instanceof Error ? error.message : String(error);
    return { ok: false, name, error: `the engine refused content/networks/${name}.json: ${reason}` };
  }
}
