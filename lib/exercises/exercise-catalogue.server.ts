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
 * A catalogue over one directory, read on first use and kept. `maxAgeMs` re-reads it when older (development,
 * where content files change while the server runs; 0 re-reads on every call).
 */
export function createCatalogue(dir: string = EXERCISES_DIR, options: { lessonsDir?: string; maxAgeMs?: number } = {}): ExerciseCatalogue {
  const maxAgeMs = options.maxAgeMs ?? Number.POSITIVE_INFINITY;
  let loaded: { at: number; list: Exercise[]; byId: Map<string, Exercise> } | null = null;
  const load = () => {
    if (loaded && Date.now() - loaded.at < maxAgeMs) return loaded;
    const list = options.lessonsDir ? listExercises(dir, options.lessonsDir) : listExercises(dir);
    loaded = { at: Date.now(), list, byId: new Map(list.map((e) => [e.id, e])) };
    return loaded;
  };
  return {
    list: () => load().list,
    get: (id) => load().byId.get(id) ?? null,
  };
}

const globalForCatalogue = globalThis as unknown as { reachableExercises?: ExerciseCatalogue };

/** The app's catalogue: content/exercises, kept in production, re-read after a second in development. */
export function exerciseCatalogue(): ExerciseCatalogue {
  globalForCatalogue.reachableExercises ??= createCatalogue(EXERCISES_DIR, process.env.NODE_ENV === "production" ? {} : { maxAgeMs: 1000 });
  return globalForCatalogue.reachableExercises;
}
