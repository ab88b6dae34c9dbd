/**
 * A snapshot's bytes, read a range at a time: the whole document need not be in memory (or in one string) to be
 * loaded. `bytesSource` wraps bytes already in memory (the browser, tests); the command line reads a file through
 * `cli-file-source.ts`.
 */

export interface ByteSource {
  /** The document's length in bytes. */
  readonly size: number;
  /** Copies up to `length` bytes from `position` into `into`, from index `at`; returns how many it copied. */
  read(into: Uint8Array, at: number, position: number, length: number): number;
}

/** A source over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(into, at, position, length) {
      const n = Math.max(0, Math.min(length, bytes.length - position));
      into.set(bytes.subarray(position, position + n), at);
      return n;
    },
  };
}

/**
 * UTF-8, as `readFileSync(path, "utf8")` decodes: malformed bytes become U+FFFD and a byte order mark is kept (so
 * that JSON.parse refuses it, as before).
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Reads ranges of one source as text through one reusable buffer. `text(start, end, open, close)` returns the bytes
 * [start, end) decoded, optionally between two ASCII characters (so that a run of list items reads as one list
 * without joining strings). The scan's ranges start and end at structural ASCII bytes (a top-level literal may start
 * at any byte, but a non-ASCII one is not JSON and is refused anyway), so a multi-byte character is never split.
 */
export class RangeReader {
  private buffer = new Uint8Array(1 << 16);

  constructor(private readonly source: ByteSource) {}

  text(start: number, end: number, open?: number, close?: number): string {
    const length = end - start;
    const need = length + 2;
    if (this.buffer.length < need) this.buffer = new Uint8Array(Math.max(need, this.buffer.length * 2));
    let at = 0;
    if (open !== undefined) this.buffer[at++] = open;
    let done = 0;
    while (done < length) {
      const n = this.source.read(this.buffer, at + done, start + done, length - done);
      if (n <= 0) throw new Error(`the snapshot ended at byte ${start + done}, before byte ${end}`);
      done += n;
    }
    at += length;
    if (close !== undefined) this.buffer[at++] = close;
    return utf8.decode(this.buffer.subarray(0, at));
  }
}

/** The whole document as text. */
export function wholeText(source: ByteSource): string {
  return new RangeReader(source).text(0, source.size);
}
