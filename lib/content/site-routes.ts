import "server-only";
// The internal paths a lesson may link to: every static page under app/ (route groups removed, dynamic
// segments and api/ left out) plus every lesson page. Used by the content checks.
import { readdirSync } from "node:fs";
import path from "node:path";

export function staticAppRoutes(appDir: string = path.join(process.cwd(), "app")): string[] {
  const routes: string[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx|md)$/.test(entry.name)) routes.push(`/${segments.join("/")}`);
      if (!entry.isDirectory()) continue;
      const name = entry.name;
      if (name === "api" && segments.length === 0) continue;
      if (name.startsWith("[") || name.startsWith("_") || name.startsWith("@")) continue;
      visit(path.join(dir, name), /^\(.*\)$/.test(name) ? segments : [...segments, name]);
    }
  };
  visit(appDir, []);
  return routes.sort();
}
