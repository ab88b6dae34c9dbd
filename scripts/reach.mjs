// `npm run reach -- analyze ...`: the engine's command line (lib/reachability/cli.ts, engine-contract.md §4), run
// from the cached bundle of scripts/engine-bundle.mjs rather than through tsx. If the bundle cannot be built
// (esbuild missing), it runs the TypeScript through tsx as before.
import { engineBundle } from "./engine-bundle.mjs";

let url;
try {
  url = await engineBundle("lib/reachability/cli.ts");
} catch {
  const { register } = await import("tsx/esm/api");
  register();
  url = new URL("../lib/reachability/cli.ts", import.meta.url).href;
}
await import(url);
