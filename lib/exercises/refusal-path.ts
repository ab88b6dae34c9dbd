// Names a refused change where the learner sent it. The engine refuses a changed network at a snapshot path
// ("$.RouteTables[1].Routes[0].DestinationCidrBlock"); the learner sent "changes[0].fields.Routes[0]...".
// Pure: the grader and the player both use it.
import { ChangeRefused } from "./apply-changes";
import { EDITABLE_COLLECTIONS, type ExerciseChange } from "./exercise-schema";

const SNAPSHOT_PATH = /^\$\.([A-Za-z]+)\[(\d+)\]\.([A-Za-z]+)(.*)$/;

/**
 * The same refusal with its path (and message) in the submission's terms when it falls inside a field the
 * submission changed; otherwise the refusal unchanged.
 */
export function refusalInSubmission(network: Record<string, unknown>, changes: readonly ExerciseChange[], refused: ChangeRefused): ChangeRefused {
  const match = SNAPSHOT_PATH.exec(refused.path);
  if (!match) return refused;
  const [, collection, indexText, field, rest] = match as unknown as [string, string, string, string, string];
  const items = network[collection];
  if (!Array.isArray(items) || !(collection in EDITABLE_COLLECTIONS)) return refused;
  const { idField } = EDITABLE_COLLECTIONS[collection as keyof typeof EDITABLE_COLLECTIONS];
  const item = items[Number(indexText)] as Record<string, unknown> | undefined;
  const id = item?.[idField];
  const changeIndex = changes.findIndex((c) => c.collection === collection && c.id === id && Object.hasOwn(c.fields, field));
  if (changeIndex < 0) return refused;
  const path = `changes[${changeIndex}].fields.${field}${rest}`;
  const message = refused.message.replace(`Snapshot refused at ${refused.path}:`, `${String(id)} is refused at ${path}:`);
  return new ChangeRefused(path, message);
}
