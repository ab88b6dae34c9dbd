/**
 * Stage 1 from bytes: the snapshot read from its document a piece at a time (`snapshot-index.ts` maps the pieces).
 * The small top-level values are parsed whole; the big lists are `Items` parsed a batch at a time while the model
 * is built, so neither the document's text nor its whole parsed JSON ever exists at once. That is what makes the
 * enterprise benchmark's 211 MiB load fast: the parsed batches die young instead of being kept, promoted and
 * traced by the garbage collector, and about 250,000 fresh pages of memory are never touched.
 *
 * Returns `undefined` when the document is not one this path reads (its outer structure is unusual, or it is not
 * JSON); a batch whose items do not have their section's shape throws `NotStreamable`. In both cases the caller
 * parses the whole document and loads it as `loadSnapshot` does, which names the problem.
 */
import { RangeReader, type ByteSource } from "./byte-source";
import * as v from "./shape";
import { coreSections, parseSection, type Items, type Snapshot } from "./snapshot";
import { indexSnapshot, type IndexOptions, type IndexedValue } from "./snapshot-index";

/** A batch that is not what its section expects: load the whole document instead, to name the problem. */
export class NotStreamable extends Error {}

const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

export function snapshotFromBytes(source: ByteSource, options?: IndexOptions): Snapshot | undefined {
  const index = indexSnapshot(source, options);
  if (!index) return undefined;
  const reader = new RangeReader(source);
  const raw: Record<string, unknown> = {};
  const lists = new Map<string, IndexedValue>();
  const keys = new Set<string>();
  for (const value of index) {
    const { key } = value;
    if (keys.has(key)) return undefined; // a key given twice: JSON.parse's rules, below
    keys.add(key);
    if (value.batches) {
      lists.set(key, value);
      continue;
    }
    // defineProperty, as JSON.parse does: a key "__proto__" is a plain key, not the object's prototype.
    Object.defineProperty(raw, key, { value: JSON.parse(reader.text(value.start, value.end)), enumerable: true, writable: true, configurable: true });
  }
  const out: Record<string, unknown> = { raw };
  for (const [key, schema] of Object.entries(coreSections) as [string, v.Shape<unknown>][]) {
    const list = lists.get(key);
    out[key] = list ? streamedItems(reader, list.batches as number[], schema) : parseSection(raw, key, schema);
  }
  return out as Snapshot;
}

/** A list read a batch at a time, each batch checked against the section's shape before its items are used. */
function streamedItems<T>(reader: RangeReader, batches: readonly number[], schema: v.Shape<T>): Items<T> {
  const batchShape = v.array(schema);
  return {
    forEach(fn) {
      let index = 0;
      for (let b = 0; b < batches.length; b += 2) {
        const items: unknown = JSON.parse(reader.text(batches[b] as number, batches[b + 1] as number, LBRACKET, RBRACKET));
        if (!batchShape.check(items)) throw new NotStreamable();
        const list = items as T[];
        for (let k = 0; k < list.length; k++) fn(list[k] as T, index++);
      }
    },
  };
}
