// Applies a learner's changes to an exercise's starting network, refusing anything the exercise does not open
// for editing. Pure: the server's grader, the browser player and the content checks all use it, so the three
// can never disagree about what a change means.
import { loadSnapshot, SnapshotError, type Model } from "@/lib/reachability";
import { EDITABLE_COLLECTIONS } from "./editable-collections";
import type { Editable, ExerciseChange } from "./exercise-schema";

/** A change the exercise does not allow, or one that leaves a network the engine cannot read. */
export class ChangeRefused extends Error {
  override readonly name = "ChangeRefused";
  constructor(
    /** Where in the submission: "changes[2].fields.Routes" or, for an engine refusal, the snapshot path. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

/**
 * Returns a new snapshot with each change's fields replaced. The starting snapshot is not modified.
 * Throws ChangeRefused naming the change when a resource or field is not editable, a resource is missing,
 * or the same resource is changed twice.
 */
export function applyChanges(network: Json, editable: readonly Editable[], changes: readonly ExerciseChange[]): Json {
  const next: Json = { ...network };
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = `changes[${index}]`;
    const key = `${change.collection}\u0000${change.id}`;
    if (seen.has(key)) throw new ChangeRefused(at, `${change.collection} ${change.id} is changed twice; send one change per resource.`);
    seen.add(key);
    const allowed = editable.find((e) => e.collection === change.collection && e.id === change.id);
    if (!allowed) throw new ChangeRefused(`${at}.id`, `${change.id} is not editable in this exercise.`);
    const fieldNames = Object.keys(change.fields);
    if (fieldNames.length === 0) throw new ChangeRefused(`${at}.fields`, `the change to ${change.id} names no field.`);
    for (const field of fieldNames) {
      if (!allowed.fields.includes(field)) {
        throw new ChangeRefused(`${at}.fields.${field}`, `${field} of ${change.id} is not editable in this exercise (editable: ${allowed.fields.join(", ")}).`);
      }
    }
    const { idField } = EDITABLE_COLLECTIONS[change.collection];
    const items = Array.isArray(next[change.collection]) ? (next[change.collection] as Json[]) : [];
    const position = items.findIndex((item) => item !== null && typeof item === "object" && item[idField] === change.id);
    if (position < 0) throw new ChangeRefused(`${at}.id`, `${change.id} is not in this exercise's network.`);
    const copy = items.slice();
    const updated: Json = { ...(items[position] as Json) };
    for (const field of fieldNames) {
      const value = change.fields[field];
      if (value === undefined || value === null) delete updated[field];
      else updated[field] = value;
    }
    copy[position] = updated;
    next[change.collection] = copy;
  });
  return next;
}

/** applyChanges, then loads the result in the engine. A network the engine refuses becomes a ChangeRefused. */
export function loadChangedNetwork(network: Json, editable: readonly Editable[], changes: readonly ExerciseChange[]): { snapshot: Json; model: Model } {
  const snapshot = applyChanges(network, editable, changes);
  try {
    return { snapshot, model: loadSnapshot(snapshot) };
  } catch (error) {
    if (error instanceof SnapshotError) throw new ChangeRefused(error.path, `The changed network is not valid: ${error.message}`);
    throw error;
  }
}
