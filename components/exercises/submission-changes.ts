/**
 * The learner's changes, as the exercise API takes them: for each editable resource whose editable fields differ
 * between the starting network and the edited one, one change with the whole new value of each changed field.
 * Untouched resources and fields are not sent; a field the edit removed is sent as null. Pure.
 */
import { EDITABLE_COLLECTIONS } from "@/lib/exercises/editable-collections";
import type { Editable, ExerciseChange } from "@/lib/exercises/exercise-schema";

type Json = Record<string, unknown>;

/** JSON text with object keys sorted, so two equal values always give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Json)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The item of `collection` whose id field is `id`, or undefined. */
export function findResource(snapshot: Readonly<Json>, collection: Editable["collection"], id: string): Json | undefined {
  const items = snapshot[collection];
  if (!Array.isArray(items)) return undefined;
  const { idField } = EDITABLE_COLLECTIONS[collection];
  return items.find((item): item is Json => item !== null && typeof item === "object" && (item as Json)[idField] === id);
}

/** Every editable field that differs, grouped per resource, in the order the exercise lists them. */
export function changesFrom(start: Readonly<Json>, edited: Readonly<Json>, editable: readonly Editable[]): ExerciseChange[] {
  const changes: ExerciseChange[] = [];
  for (const e of editable) {
    const before = findResource(start, e.collection, e.id);
    const after = findResource(edited, e.collection, e.id);
    if (!after) continue;
    const fields: Record<string, unknown> = {};
    for (const field of e.fields) {
      if (canonicalJson(before?.[field]) !== canonicalJson(after[field])) fields[field] = after[field] ?? null;
    }
    if (Object.keys(fields).length > 0) changes.push({ collection: e.collection, id: e.id, fields });
  }
  return changes;
}

/** Fields of resources that changed although the exercise does not open them (the player refuses such edits). */
export function lockedFieldsChanged(start: Readonly<Json>, edited: Readonly<Json>, editable: readonly Editable[]): string[] {
  const out: string[] = [];
  for (const e of editable) {
    const before = findResource(start, e.collection, e.id);
    const after = findResource(edited, e.collection, e.id);
    if (!before || !after) continue;
    for (const field of EDITABLE_COLLECTIONS[e.collection].fields) {
      if (!e.fields.includes(field) && canonicalJson(before[field]) !== canonicalJson(after[field])) out.push(`${field} of ${e.id}`);
    }
  }
  return out;
}
