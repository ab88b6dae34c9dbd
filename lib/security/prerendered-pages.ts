// Reads which pages `next build` prerendered (static HTML) and the CSP hashes of each one's inline
// scripts. Used by proxy.ts; read once per server process and cached.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "./inline-script-hashes";

export type PageHashes = ReadonlyMap<string, readonly string[]>;

let cached: PageHashes | undefined;

/** The build folder's name: NEXT_DIST_DIR when set (as next.config.mjs uses it), else .next. Read at run time:
 * `next build` inlines a literal `process.env.NEXT_DIST_DIR` in the proxy bundle (as undefined), so the proxy read
 * .next's hashes whatever folder it served, and every prerendered page's scripts were refused by the CSP. */
function distDirName(): string {
  const key = ["NEXT", "DIST", "DIR"].join("_");
  return process.env[key] || ".next";
}

/** `distDir`: the build folder, NEXT_DIST_DIR when set, else .next. */
export function prerenderedPageHashes(distDir: string = path.join(/*turbopackIgnore: true*/ process.cwd(), distDirName())): PageHashes {
  if (cached) return cached;
  const hashes = new Map<string, string[]>();
  const manifestFile = path.join(distDir, "prerender-manifest.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { routes?: Record<string, unknown> };
    for (const route of Object.keys(manifest.routes ?? {})) {
      const htmlFile = path.join(distDir, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
      if (existsSync(htmlFile)) hashes.set(route, inlineScriptHashes(readFileSync(htmlFile, "utf8")));
    }
  }
  cached = hashes;
  return hashes;
}

/** The hashes a response for `pathname` needs: the page's own, or (for anything else) the 404 page's. */
export function hashesForPath(pages: PageHashes, pathname: string): readonly string[] {
  const route = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return pages.get(route) ?? pages.get("/_not-found") ?? [];
}
