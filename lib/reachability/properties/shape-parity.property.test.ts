/**
 * The hand-written shape checks (shape.ts, as snapshot.ts's parseSection applies them) against their executable
 * specification, the zod schemas of snapshot-spec.ts run through the zod-based parseSection the engine used before:
 * for generated snapshots, mutated snapshots, values generated from every section's schema and then mutated, and
 * arbitrary JSON, both accept the same sections, and refuse the same ones with the same SnapshotError (path,
 * expected, reason). loadSnapshot never changes the caller's JSON (the shapes return it uncopied).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SnapshotError, jsonPath } from "../errors";
import { loadSnapshot } from "../index";
import { parseSection } from "../snapshot";
import { sectionSpecs } from "../snapshot-spec";
import { runtimeSections } from "./runtime-sections";
import { generateSnapshot } from "./snapshot-generator";
import { mutate } from "./snapshot-mutation";

const RUNS = { numRuns: 150 };
const KEYS = Object.keys(sectionSpecs) as (keyof typeof sectionSpecs)[];

/** The zod-based parseSection and its message, as snapshot.ts had them (the oracle). */
function zodParseSection(raw: Readonly<Record<string, unknown>>, key: string, schema: z.ZodType): "ok" | SnapshotError {
  const value = raw[key];
  if (value === undefined || value === null) return "ok";
  const result = z.array(schema).safeParse(value);
  if (result.success) return "ok";
  const issue = result.error.issues[0];
  if (!issue) return new SnapshotError(jsonPath([key]), "a list", "the value could not be read");
  const anyIssue = issue as { expected?: unknown };
  const expected =
    issue.code === "invalid_type" && typeof anyIssue.expected === "string"
      ? anyIssue.expected === "array"
        ? "a list"
        : `a ${anyIssue.expected}`
      : issue.code === "invalid_union"
        ? "a string or a number"
        : "a valid value";
  let got: unknown = value;
  for (const seg of issue.path) got = got === null || typeof got !== "object" ? undefined : (got as Record<PropertyKey, unknown>)[seg];
  const gotText = got === undefined ? "it is missing" : `found ${JSON.stringify(got)?.slice(0, 60)}`;
  return new SnapshotError(jsonPath([key, ...issue.path]), expected, `${gotText} (${key} holds the output of the matching AWS describe call)`);
}

function runtimeParseSection(raw: Readonly<Record<string, unknown>>, key: string): "ok" | SnapshotError {
  try {
    parseSection(raw, key, runtimeSections[key] as never);
    return "ok";
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
}

/** The outcome as data; anything else thrown (JSON.stringify of a value nested thousands deep overflows the stack, as it did with zod) is compared by name. */
function summary(run: () => "ok" | SnapshotError): unknown {
  try {
    const r = run();
    return r === "ok" ? "ok" : { path: r.path, expected: r.expected, reason: r.reason };
  } catch (error) {
    return { threw: error instanceof Error ? error.name : String(error) };
  }
}

/** Every section key of the snapshot: the zod oracle and the runtime shapes agree. */
function expectParity(raw: Record<string, unknown>): void {
  for (const key of KEYS) {
    expect(summary(() => runtimeParseSection(raw, key)), key).toEqual(summary(() => zodParseSection(raw, key, sectionSpecs[key])));
  }
}

/** Values JSON cannot carry but a library caller may pass (JSON.parse output never holds them). */
const ODD: readonly unknown[] = [NaN, Infinity, -Infinity, -0, new String("x"), new Number(1), new Boolean(true), new Date(0), [], {}, null, Object.create(null), "7", 7, false];

/**
 * A value of a zod schema (the same kinds the shapes know), with extra keys now and then; with `odd`, about one
 * node in fifteen is replaced by a value from ODD.
 */
function valueOf(g: fc.GeneratorValue, schema: z.ZodType, depth = 0, odd = false): unknown {
  if (odd && g(fc.nat, { max: 14 }) === 0) return ODD[g(fc.nat, { max: ODD.length - 1 })];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case "string":
      return g(fc.constantFrom, "", "x", "10.0.0.0/16", "vpc-1", "tcp");
    case "number":
      return g(fc.constantFrom, 0, -1, 443, 65535, 1.5);
    case "boolean":
      return g(fc.boolean);
    case "nullable": {
      const choice = g(fc.nat, { max: 3 });
      if (choice === 0) return null;
      if (choice === 1) return undefined;
      return valueOf(g, def.innerType as z.ZodType, depth, odd);
    }
    case "optional":
      return g(fc.boolean) ? undefined : valueOf(g, def.innerType as z.ZodType, depth, odd);
    case "array":
      return Array.from({ length: depth > 3 ? 0 : g(fc.nat, { max: 2 }) }, () => valueOf(g, def.element as z.ZodType, depth + 1, odd));
    case "union": {
      const options = def.options as z.ZodType[];
      return valueOf(g, options[g(fc.nat, { max: options.length - 1 })] as z.ZodType, depth, odd);
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const v = valueOf(g, s, depth + 1, odd);
        if (v !== undefined) out[k] = v;
      }
      if (g(fc.nat, { max: 4 }) === 0) out.Extra = g(fc.constantFrom, "x", 1, { Deep: [1] });
      return out;
    }
    default:
      throw new Error(`no generator for zod type ${def.type}`);
  }
}

function frozenCopyEquals(before: string, json: unknown): void {
  expect(JSON.stringify(json)).toBe(before);
}

describe("shape checks = zod specification (property)", () => {
  it("generated valid snapshots: both accept every section; loadSnapshot leaves the JSON unchanged", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g).snapshot;
        expectParity(s);
        const before = JSON.stringify(s);
        loadSnapshot(s);
        frozenCopyEquals(before, s);
      }),
      RUNS,
    );
  });

  it("mutated snapshots: same refusal (path, expected, reason) or both accept", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const m = mutate(g, generateSnapshot(g).snapshot);
        expectParity(m.snapshot as Record<string, unknown>);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("values generated from each section's schema, then mutated: same verdict and first path", () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(...KEYS), (g, key) => {
        const items = Array.from({ length: 1 + g(fc.nat, { max: 2 }) }, () => valueOf(g, sectionSpecs[key]));
        const raw = JSON.parse(JSON.stringify({ [key]: items })) as Record<string, unknown>;
        expectParity(raw);
        expectParity({ [key]: Array.from({ length: 1 + g(fc.nat, { max: 2 }) }, () => valueOf(g, sectionSpecs[key], 0, true)) });
        const m = mutate(g, raw);
        expectParity(m.snapshot as Record<string, unknown>);
        // A second mutation (when the first left anything to strike): two faults, the first in zod's order is named.
        if (Object.keys(m.snapshot as object).length > 0) expectParity(mutate(g, m.snapshot).snapshot as Record<string, unknown>);
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it("arbitrary values in any section (including NaN, Infinity, sparse lists, odd objects)", () => {
    const odd = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: false, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), fc.constantFrom(NaN, Infinity, -Infinity, -0));
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.oneof(odd, fc.array(odd, { maxLength: 3 })), (key, value) => {
        expectParity({ [key]: value });
      }),
      { numRuns: 400 },
    );
  });
});
