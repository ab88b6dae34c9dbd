import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { engineBundle } from "./engine-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = path.join(root, "node_modules", ".cache", "reachable", `test-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("engineBundle", () => {
  it("bundles the command line from the engine's sources only, and reuses the bundle while they are unchanged", async () => {
    const first = await engineBundle("lib/reachability/cli.ts");
    const file = fileURLToPath(first);
    const manifest = JSON.parse(readFileSync(file.replace(/-[0-9a-f]{16}\.mjs$/, ".json"), "utf8")) as { inputs: string[] };
    expect(manifest.inputs).toContain("lib/reachability/cli.ts");
    expect(manifest.inputs).toContain("lib/reachability/model.ts");
    expect(manifest.inputs.filter((f) => !f.startsWith("lib/reachability/") || f.endsWith(".test.ts"))).toEqual([]);
    const built = statSync(file).mtimeMs;
    expect(await engineBundle("lib/reachability/cli.ts")).toBe(first);
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it("rebuilds when a source changes", async () => {
    mkdirSync(scratch, { recursive: true });
    const entry = path.relative(root, path.join(scratch, "entry.ts"));
    writeFileSync(path.join(scratch, "value.ts"), "export const value: number = 1;\n");
    writeFileSync(path.join(root, entry), 'export { value } from "./value";\n');
    const one = await engineBundle(entry);
    expect(((await import(one)) as { value: number }).value).toBe(1);
    writeFileSync(path.join(scratch, "value.ts"), "export const value: number = 2;\n");
    const two = await engineBundle(entry);
    expect(two).not.toBe(one);
    expect(((await import(two)) as { value: number }).value).toBe(2);
  });
});
