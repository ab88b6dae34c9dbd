/**
 * The hand-written parseQuery (query.ts) against its executable specification, the zod-based parseQuery kept in
 * query-spec.ts: for generated queries built from valid and odd field values, both return the same query or
 * throw the same QueryError (field, expected, reason).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QueryError } from "../errors";
import { parseQuery } from "../query";
import { parseQuerySpec } from "../query-spec";

function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (error) {
    if (error instanceof QueryError) return { field: error.field, expected: error.expected, reason: error.reason, message: error.message };
    return { threw: error instanceof Error ? error.name : String(error) };
  }
}

const odd = fc.constantFrom<unknown>(undefined, null, "", " ", 0, -0, 1.5, -1, 65535, 65536, NaN, Infinity, "443", "0443", "4 43", "1e3", "-1", "99999999999999999999", "٣", true, [], {}, ["tcp"], "constructor", "__proto__", "toString");
const ids = fc.constantFrom("i-1", "eni-2", "igw-main", "lb-web", "10.0.1.5", "2001:db8::1", "x");
const addresses = fc.constantFrom("10.0.1.5", "198.51.100.10", "2001:db8::1", "10.0.0", "banana", "::ffff:10.0.0.1", "10.0.0.256");
const protocols = fc.constantFrom("tcp", "udp", "icmp", "TCP", "Udp", "ICMP", "gre", "-1", "6", "İcmp");
const ports = fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constantFrom(0, 22, 443, 65535, "80", "080", "65535", "65536"));

const field = <T>(valid: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: odd }), { nil: undefined, freq: 4 });

const query = fc.record(
  {
    Source: field(ids),
    Destination: field(ids),
    SourceIp: field(addresses),
    DestinationIp: field(addresses),
    Protocol: field(protocols),
    DestinationPort: field(ports),
    SourcePort: field(ports),
    Extra: fc.option(fc.anything(), { nil: undefined }),
  },
  { requiredKeys: [] },
);

describe("parseQuery = zod specification (property)", () => {
  it("same query or same QueryError for generated queries", () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(outcome(() => parseQuery(q))).toEqual(outcome(() => parseQuerySpec(q)));
      }),
      { numRuns: 3000 },
    );
  });

  it("same refusal for anything that is not a query object", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: false }), (q) => {
        expect(outcome(() => parseQuery(q))).toEqual(outcome(() => parseQuerySpec(q)));
      }),
      { numRuns: 500 },
    );
  });
});
