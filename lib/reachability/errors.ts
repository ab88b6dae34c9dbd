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
    /** Why the value is refused. */
    readonly reason: string,
  ) {
    super(`Snapshot refused at ${path}: expected ${expected}; ${reason}`);
  }
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
