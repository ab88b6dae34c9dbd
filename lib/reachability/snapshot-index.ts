/**
 * A map of a snapshot document's bytes, built in one pass over them without parsing them: where each top-level
 * value lies, and for the big lists (`streamedKeys`), runs of whole items ("batches" of about `BATCH_BYTES`) that
 * can each be parsed on their own. The loader (`snapshot-bytes.ts`) then parses one batch at a time, so the parsed
 * JSON of a 200 MB snapshot never exists whole: each batch's objects die young, right after the model has taken what
 * it needs from them.
 *
 * The scan checks the document's outer structure itself (an object of keys and values; in a streamed list, items
 * that are objects separated by single commas) and leaves everything inside a value or an item to JSON.parse. So
 * every byte is either checked here or parsed later: a document that is not JSON is never loaded by this path.
 * Anything the scan does not expect returns `undefined`, and the caller parses the whole document instead (which
 * then names the problem exactly as JSON.parse and `loadSnapshot` do).
 */
import { RangeReader, type ByteSource } from "./byte-source";

/**
 * The lists parsed a batch at a time: every core list the model builder reads once and no family reads (199 of the
 * enterprise benchmark's 211 MiB; Snapshot's `Items`).
 */
export const streamedKeys: ReadonlySet<string> = new Set(["Vpcs", "Subnets", "SecurityGroups", "NetworkAcls", "NetworkInterfaces", "Reservations"]);

/**
 * About how many bytes of items one batch holds (a batch always ends at the end of an item). Well under V8's
 * 128 KiB limit for ordinary heap objects: a batch's text and parsed items stay in the young generation, which
 * reuses its pages; at 128 KiB every batch's text was a large object on fresh pages (45,000 more page faults).
 */
export const BATCH_BYTES = 1 << 15;
const BLOCK_BYTES = 1 << 22;

export interface IndexedValue {
  /** The key, as JSON.parse reads it (escapes decoded). */
  readonly key: string;
  /** Byte range of the value. */
  readonly start: number;
  readonly end: number;
  /** For a streamed list: flat [start, end) pairs of its batches, in order (empty for an empty list). */
  readonly batches?: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** What the scan expects next at the document's outer levels. */
const enum State {
  Start, // before the opening brace
  KeyOrEnd, // after the opening brace
  Key, // after a comma between members
  Colon,
  Value,
  Literal, // inside a number, true, false or null
  AfterValue,
  ItemOrEnd, // after a streamed list's opening bracket
  Item, // after a comma between items
  AfterItem,
  End, // after the closing brace: only white space
}

/** What a string at the outer level is: a key or a top-level string value (strings inside values: scanInside). */
const enum StringRole {
  Key,
  Value,
}

/** Sizes of the scan's pieces (the tests use tiny ones, so that every batch and block boundary is exercised). */
export interface IndexOptions {
  /** About how many bytes of items one batch holds. */
  readonly batchBytes?: number;
  /** How many bytes the scan reads at a time. */
  readonly blockBytes?: number;
}

/** Indexes the document; `undefined` when its outer structure is not what this path handles. */
export function indexSnapshot(source: ByteSource, options: IndexOptions = {}): IndexedValue[] | undefined {
  const batchBytes = Math.max(1, options.batchBytes ?? BATCH_BYTES);
  const values: IndexedValue[] = [];
  const blockBytes = Math.max(1, Math.min(options.blockBytes ?? BLOCK_BYTES, source.size));
  const block = new Uint8Array(blockBytes + 2); // two more for scanInside's sentinels
  let state = State.Start as State;
  let depth = 0;
  /** The depth at or below which bytes are structural: 1 at top level, 2 inside a streamed list. */
  let shallow = 1;
  let inString = false;
  let role = StringRole.Key as StringRole;
  const inside: InsideState = { depth: 0, inString: false, escape: false };
  /** The previous block ended inside a string with a backslash whose escaped character opens this one. */
  let escapeCarried = false;
  /** Reads each key's bytes again once the scan has found its end. */
  const keys = new RangeReader(source);
  let keyStart = -1;
  let key = "";
  let valueStart = -1;
  let batches: number[] | undefined;
  let batchStart = -1;
  let lastItemEnd = -1;

  const endValue = (end: number): void => {
    values.push(batches ? { key, start: valueStart, end, batches } : { key, start: valueStart, end });
    batches = undefined;
    state = State.AfterValue;
  };

  for (let base = 0; base < source.size; ) {
    let fill = 0;
    while (fill < blockBytes && base + fill < source.size) {
      const n = source.read(block, fill, base + fill, Math.min(blockBytes - fill, source.size - base - fill));
      if (n <= 0) return undefined;
      fill += n;
    }
    block[fill] = QUOTE;
    block[fill + 1] = QUOTE;
    const view = block;
    let i = 0;
    while (i < fill) {
      if (inString) {
        // A key or a top-level string value: find the closing quote, stepping over escapes (an escape may straddle
        // two blocks).
        const closed = closingQuote(view, escapeCarried ? i + 1 : i);
        if (closed >= fill) {
          escapeCarried = closed > fill;
          i = fill;
          break;
        }
        escapeCarried = false;
        inString = false;
        i = closed + 1;
        if (role === StringRole.Key) {
          const text = keyText(keys, keyStart, base + i);
          if (text === undefined) return undefined;
          key = text;
          state = State.Colon;
        } else if (role === StringRole.Value) {
          endValue(base + i);
        }
        continue;
      }
      if (depth > shallow) {
        // Inside a value or an item: only strings and brackets matter here; JSON.parse checks the rest later.
        inside.depth = depth;
        i = scanInside(view, i, fill, shallow, inside);
        depth = inside.depth;
        if (i >= fill) break;
        // view[i] closed the value or the item.
        if (shallow === 1) {
          endValue(base + i + 1);
        } else {
          // The end of an item of a streamed list.
          lastItemEnd = base + i + 1;
          if (lastItemEnd - batchStart >= batchBytes) {
            (batches as number[]).push(batchStart, lastItemEnd);
            batchStart = -1;
          }
          state = State.AfterItem;
        }
        i++;
        continue;
      }
      const c = view[i] as number;
      // The document's outer structure.
      const at = base + i;
      switch (state) {
        case State.Start:
          if (c === LBRACE) {
            depth = 1;
            state = State.KeyOrEnd;
          } else if (!isSpace(c)) return undefined;
          break;
        case State.KeyOrEnd:
        case State.Key:
          if (c === QUOTE) {
            keyStart = at;
            inString = true;
            role = StringRole.Key;
          } else if (c === RBRACE && state === State.KeyOrEnd) {
            depth = 0;
            state = State.End;
          } else if (!isSpace(c)) return undefined;
          break;
        case State.Colon:
          if (c === COLON) state = State.Value;
          else if (!isSpace(c)) return undefined;
          break;
        case State.Value:
          if (isSpace(c)) break;
          valueStart = at;
          if (c === QUOTE) {
            inString = true;
            role = StringRole.Value;
          } else if (c === LBRACE) {
            depth = 2;
          } else if (c === LBRACKET) {
            depth = 2;
            if (streamedKeys.has(key)) {
              shallow = 2;
              batches = [];
              batchStart = -1;
              state = State.ItemOrEnd;
            }
          } else if (c === RBRACE || c === RBRACKET || c === COMMA || c === COLON) {
            return undefined;
          } else {
            state = State.Literal;
          }
          break;
        case State.Literal:
          if (isSpace(c) || c === COMMA || c === RBRACE) {
            endValue(at);
            continue; // this byte again, after the value
          }
          break;
        case State.AfterValue:
          if (c === COMMA) state = State.Key;
          else if (c === RBRACE) {
            depth = 0;
            state = State.End;
          } else if (!isSpace(c)) return undefined;
          break;
        case State.ItemOrEnd:
        case State.Item:
          if (c === LBRACE) {
            if (batchStart < 0) batchStart = at;
            depth = 3;
          } else if (c === RBRACKET && state === State.ItemOrEnd) {
            depth = 1;
            shallow = 1;
            endValue(at + 1);
          } else if (!isSpace(c)) return undefined;
          break;
        case State.AfterItem:
          if (c === COMMA) state = State.Item;
          else if (c === RBRACKET) {
            if (batchStart >= 0) (batches as number[]).push(batchStart, lastItemEnd);
            batchStart = -1;
            depth = 1;
            shallow = 1;
            endValue(at + 1);
          } else if (!isSpace(c)) return undefined;
          break;
        case State.End:
          if (!isSpace(c)) return undefined;
          break;
      }
      i++;
    }
    base += fill;
  }
  return state === State.End && !inString && !inside.inString ? values : undefined;
}

/** Where the scan inside a value stopped: its depth, and whether a block ended inside a string (or an escape). */
interface InsideState {
  depth: number;
  inString: boolean;
  escape: boolean;
}

/** Byte classes for the scan inside values: 1 a quote, 2 an opening bracket, 3 a closing one, 0 anything else. */
const CLASS = new Uint8Array(256);
CLASS[QUOTE] = 1;
CLASS[LBRACE] = 2;
CLASS[LBRACKET] = 2;
CLASS[RBRACE] = 3;
CLASS[RBRACKET] = 3;

/**
 * The scan's hot loop (nearly every byte of a snapshot is inside a value): from `i`, skips strings and counts
 * brackets until the depth comes back to `shallow` (returns the closing bracket's index) or the block ends (returns
 * `fill`, with `st` saying whether the next block starts inside a string, or inside an escape). `view[fill]` and
 * `view[fill + 1]` must be quotes: sentinels that stop a string's loop at the block's end without a bounds test.
 */
function scanInside(view: Uint8Array, i: number, fill: number, shallow: number, st: InsideState): number {
  let depth = st.depth;
  if (st.inString) {
    const q = closingQuote(view, st.escape ? i + 1 : i);
    if (q >= fill) {
      st.escape = q > fill;
      return fill;
    }
    st.inString = false;
    st.escape = false;
    i = q + 1;
  }
  while (i < fill) {
    const k = CLASS[view[i++] as number];
    if (k === 0) continue;
    if (k === 1) {
      const q = closingQuote(view, i);
      if (q >= fill) {
        st.inString = true;
        st.escape = q > fill;
        st.depth = depth;
        return fill;
      }
      i = q + 1;
    } else if (k === 2) {
      depth++;
    } else if (--depth === shallow) {
      st.depth = depth;
      return i - 1;
    }
  }
  st.depth = depth;
  return fill;
}

/**
 * The index of the quote that closes a string whose characters start at `i`, stepping over escapes; a sentinel's
 * index (`fill`, or `fill + 1` when the block ends inside an escape) when the string goes on in the next block.
 */
function closingQuote(view: Uint8Array, i: number): number {
  for (;;) {
    const c = view[i];
    if (c === QUOTE) return i;
    if (c === BACKSLASH) i++;
    i++;
  }
}

/** The key's text as JSON.parse reads it; `undefined` when it is not a JSON string (the whole path names the problem). */
function keyText(keys: RangeReader, start: number, end: number): string | undefined {
  try {
    const key: unknown = JSON.parse(keys.text(start, end));
    return typeof key === "string" ? key : undefined;
  } catch {
    return undefined;
  }
}
