import "server-only";
// The exercise bank as the server holds it: every content/exercises/*.json file read and validated once
// (exercise-files.ts), kept in memory, looked up by id. Holds the solutions: server-only.
import { EXERCISES_DIR, listExercises } from "./exercise-files";
import type { Exercise } from "./exercise-schema";

export interface ExerciseCatalogue {
  /** Every exercise, in course order. */
  list(): readonly Exercise[];
  /** One exercise by id, or null. */
  get(id: string): Exercise | null;
}

/**
 * A catalogue over one directory. Read on first use and cached; `cache: false` re-reads on every call
 * (development, where content files change while the server runs).
 */
export function createCatalogue(dir: string = EXERCISES_DIR, options: { lessonsDir?: string; cache?: boolean } = {}): ExerciseCatalogue {
  let loaded: { list: Exercise[]; byId: Map<string, Exercise> } | null = null;
  const load = () => {
    if (loaded && options.cache !== false) return loaded;
    const list = options.lessonsDir ? listExercises(dir, options.lessonsDir) : listExercises(dir);
    loaded = { list, byId: new Map(list.map((e) => [e.id, e])) };
    return loaded;
  };
  return {
    list: () => load().list,
    get: (id) => load().byId.get(id) ?? null,
  };
}

const globalForCatalogue = globalThis as unknown as { reachableExercises?: ExerciseCatalogue };

/** The app's catalogue: content/exercises, cached in production, re-read in development. */
export function exerciseCatalogue(): ExerciseCatalogue {
  globalForCatalogue.reachableExercises ??= createCatalogue(EXERCISES_DIR, { cache: process.env.NODE_ENV === "production" });
  return globalForCatalogue.reachableExercises;
}
