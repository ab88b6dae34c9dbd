import "server-only";
// The content index: every lesson in content/lessons/, in `order`, with its slug, frontmatter, headings (for
// the table of contents, ids as on the page) and its neighbours. Reads the files once per change (mtime).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { collectHeadings, parseLessonBody, type LessonHeading } from "./lesson-ast";
import { parseFrontmatter, parseLessonFileName, splitFrontmatter, type LessonFrontmatter } from "./lesson-frontmatter";

export const LESSONS_DIR = path.join(process.cwd(), "content", "lessons");

export interface LessonSummary {
  slug: string;
  fileName: string;
  frontmatter: LessonFrontmatter;
  /** The ## and ### headings, for the table of contents. */
  headings: LessonHeading[];
}

export interface Lesson extends LessonSummary {
  /** The MDX body without frontmatter (blank lines keep the line numbers). */
  body: string;
  previous: Pick<LessonSummary, "slug" | "frontmatter"> | null;
  next: Pick<LessonSummary, "slug" | "frontmatter"> | null;
}

interface Entry extends LessonSummary {
  body: string;
}

const cache = new Map<string, { mtimeMs: number; entry: Entry }>();

function readEntry(dir: string, fileName: string): Entry {
  const file = path.join(dir, fileName);
  const { mtimeMs } = statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.entry;
  const name = parseLessonFileName(fileName);
  if (!name) throw new Error(`content/lessons/${fileName}: lesson files are named NN-slug.mdx`);
  const { yaml, body } = splitFrontmatter(readFileSync(file, "utf8"));
  const fm = parseFrontmatter(yaml);
  if (!fm.ok) throw new Error(`content/lessons/${fileName}: ${fm.errors.join("; ")} (npx vitest run lib/content shows every problem)`);
  const headings = collectHeadings(parseLessonBody(body)).filter((h) => h.depth === 2 || h.depth === 3);
  const entry: Entry = { slug: name.slug, fileName, frontmatter: fm.frontmatter, headings, body };
  cache.set(file, { mtimeMs, entry });
  return entry;
}

function entries(dir: string): Entry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".mdx"));
  } catch {
    return [];
  }
  return files.map((f) => readEntry(dir, f)).sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
}

const summary = ({ slug, fileName, frontmatter, headings }: Entry): LessonSummary => ({ slug, fileName, frontmatter, headings });

/** Every lesson, in course order. */
export function listLessons(dir: string = LESSONS_DIR): LessonSummary[] {
  return entries(dir).map(summary);
}

/** One lesson with its body and neighbours, or null for an unknown slug. */
export function getLesson(slug: string, dir: string = LESSONS_DIR): Lesson | null {
  const all = entries(dir);
  const index = all.findIndex((e) => e.slug === slug);
  if (index === -1) return null;
  const entry = all[index] as Entry;
  const neighbour = (e: Entry | undefined) => (e ? { slug: e.slug, frontmatter: e.frontmatter } : null);
  return { ...summary(entry), body: entry.body, previous: neighbour(all[index - 1]), next: neighbour(all[index + 1]) };
}

export { lessonPath } from "./lesson-path";
