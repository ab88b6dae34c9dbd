// Reads the exercise bank from content/exercises/<id>.json: every file parsed, validated with exerciseSchema
// and named after its id. Node fs, not server-only: the server, the content tests and scripts share it.
// A broken file is refused whole with an error naming the file and the JSON path at fault.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseLessonFileName } from "@/lib/content/lesson-frontmatter";
import { exerciseSchema, type Exercise } from "./exercise-schema";

export const EXERCISES_DIR = path.join(process.cwd(), "content", "exercises");
const LESSONS_DIR = path.join(process.cwd(), "content", "lessons");

const DIFFICULTY_ORDER: Record<Exercise["difficulty"], number> = { starter: 0, core: 1, challenge: 2 };
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file of the bank that cannot be read, parsed or validated. */
export class ExerciseFileError extends Error {
  override readonly name = "ExerciseFileError";
  constructor(
    /** The file, relative to the working directory when inside it (content/exercises/nat-route.json). */
    readonly file: string,
    /** The JSON path at fault ("goals[1].query.Protocol"), or "" for the whole file. */
    readonly jsonPath: string,
    readonly reason: string,
  ) {
    super(`${file}${jsonPath ? ` at ${jsonPath}` : ""}: ${reason}`);
  }
}

/** ["goals", 1, "query"] → "goals[1].query" */
export function jsonPathOf(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** Reads and validates one exercise file; its name (without .json) must equal its id. */
export function readExerciseFile(file: string): Exercise {
  const shown = displayName(file);
  let text: string;
  try {
    text = readFileSync(/*turbopackIgnore: true*/ file, "utf8");
  } catch (error) {
    throw new ExerciseFileError(shown, "", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExerciseFileError(shown, "", `is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = exerciseSchema.safeParse(json);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length ? ` (and ${rest.length} more: ${rest.map((i) => `${jsonPathOf(i.path) || "(root)"}: ${i.message}`).join("; ")})` : "";
    throw new ExerciseFileError(shown, jsonPathOf(first?.path ?? []), `${first?.message ?? "invalid"}${more}`);
  }
  const expected = path.basename(file, ".json");
  if (parsed.data.id !== expected) throw new ExerciseFileError(shown, "id", `the id "${parsed.data.id}" must equal the file name "${expected}"`);
  return parsed.data;
}

/** Lesson slug → course order, from the lesson file names (NN-slug.mdx). */
export function lessonOrder(lessonsDir: string = LESSONS_DIR): Map<string, number> {
  const order = new Map<string, number>();
  let files: string[] = [];
  try {
    files = readdirSync(/*turbopackIgnore: true*/ lessonsDir);
  } catch {
    return order;
  }
  for (const f of files) {
    const name = parseLessonFileName(f);
    if (name) order.set(name.slug, name.order);
  }
  return order;
}

/** Sorts exercises by their lesson's order (unknown lessons last), then difficulty, then id. */
export function sortExercises(exercises: readonly Exercise[], order: ReadonlyMap<string, number>): Exercise[] {
  const rank = (e: Exercise) => order.get(e.lesson.slug) ?? Number.MAX_SAFE_INTEGER;
  return [...exercises].sort(
    (a, b) => rank(a) - rank(b) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Every exercise of the bank, validated, in course order. A missing directory is an empty bank; any broken
 * file throws ExerciseFileError.
 */
export function listExercises(dir: string = EXERCISES_DIR, lessonsDir: string = LESSONS_DIR): Exercise[] {
  let files: string[];
  try {
    files = readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const exercises = files.sort().map((f) => readExerciseFile(path.join(/*turbopackIgnore: true*/ dir, f)));
  return sortExercises(exercises, lessonOrder(lessonsDir));
}

/** One exercise by id, or null when there is no such file (an id that is not kebab-case is never looked up). */
export function getExercise(id: string, dir: string = EXERCISES_DIR): Exercise | null {
  if (!ID_PATTERN.test(id)) return null;
  const file = path.join(/*turbopackIgnore: true*/ dir, `${id}.json`);
  return existsSync(/*turbopackIgnore: true*/ file) ? readExerciseFile(file) : null;
}
