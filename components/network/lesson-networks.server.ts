/**
 * The lesson networks in content/networks, for server components (pages, the MDX registry): their names and
 * their JSON, to pass to the widgets as `snapshot`. Server-only (reads files).
 */
import "server-only";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const DIR = join(process.cwd(), "content", "networks");
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export async function listLessonNetworks(): Promise<string[]> {
  return (await readdir(DIR)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
}

/** The JSON of content/networks/<name>.json; undefined for an unknown or malformed name. */
export async function readLessonNetwork(name: string): Promise<unknown> {
  if (!NAME.test(name)) return undefined;
  if (!(await listLessonNetworks()).includes(name)) return undefined;
  return JSON.parse(await readFile(join(DIR, `${name}.json`), "utf8")) as unknown;
}
