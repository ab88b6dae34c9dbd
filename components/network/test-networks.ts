/** Test helper: the lesson networks in content/networks, loaded (Node only: used by tests). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadNetwork } from "./load-network";

export const NETWORKS_DIR = join(process.cwd(), "content", "networks");

export function networkFiles(): string[] {
  return readdirSync(NETWORKS_DIR).filter((f) => f.endsWith(".json")).sort();
}

export function readNetwork(name: string): unknown {
  return JSON.parse(readFileSync(join(NETWORKS_DIR, name.endsWith(".json") ? name : `${name}.json`), "utf8"));
}

export function loadTestNetwork(name: string) {
  const loaded = loadNetwork(readNetwork(name));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded;
}
