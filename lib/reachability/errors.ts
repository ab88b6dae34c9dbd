/**
 * The two refusals the engine may throw. Nothing else escapes it: every other input yields an analysis.
 */

/** A snapshot that cannot be understood, refused whole. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
  constructor(
    /** JSON path of the offending field, e.g. `$.Subnets[2].CidrBlock`. */
    readonly path: string,
    /** What was expected there. */
    readonly expected: string,
    /** Why the value is refused (a long quoted value in it is elided, see `shorten`). */
    readonly reason: string,
  ) {
    const shortExpected = shorten(expected);
    const shortReason = shorten(reason);
    super(`Snapshot refused at ${path}: expected ${shortExpected}; ${shortReason}`);
    this.expected = shortExpected;
    this.reason = shortReason;
  }
}

/** Longest quoted value kept whole in a refusal message; longer ones are elided with their length. */
export const QUOTE_LIMIT = 120;

/** A value quoted for a message: JSON, elided with its length when over QUOTE_LIMIT characters. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= QUOTE_LIMIT) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, QUOTE_LIMIT / 2))}... (${text.length} characters)`;
}

/**
 * Keeps refusal messages short whatever the snapshot holds (a value may be 1 MB): every quoted string over
 * QUOTE_LIMIT characters, and any other run of over QUOTE_LIMIT characters without a space, is elided with its
 * length; the whole text is capped at 1,000 characters.
 */
export function shorten(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const out = text
    .replace(/"((?:[^"\\]|\\.)*)"/g, (whole: string, inner: string) => (inner.length > QUOTE_LIMIT ? `${whole.slice(0, QUOTE_LIMIT / 2 + 1)}..." (${inner.length} characters)` : whole))
    .replace(/[^\s"]{121,}/g, (run: string) => `${run.slice(0, QUOTE_LIMIT / 2)}... (${run.length} characters)`);
  return out.length > 1000 ? `${out.slice(0, 1000)}...` : out;
}

/** A query that cannot be analysed (missing or malformed field, unknown source or destination). */
export class QueryError extends Error {
  override readonly name = "QueryError";
  constructor(
    /** The query field at fault, e.g. `Source` or `DestinationPort`. */
    readonly field: string,
    readonly expected: string,
    readonly reason: string,
  ) {
    super(`Query refused at ${field}: expected ${expected}; ${reason}`);
  }
}

/** Formats a JSON path from zod-style path segments. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
