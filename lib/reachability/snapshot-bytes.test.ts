/**
 * Loading from bytes (`loadSnapshotBytes`: snapshot-index.ts maps the document, snapshot-bytes.ts parses it a
 * batch at a time) must be indistinguishable from `loadSnapshot(JSON.parse(text))`, the path it replaces in the
 * command line: the same model for every snapshot, the same refusal (path, expectation, reason) for every bad one.
 * Tiny batch and block sizes put a boundary between every pair of items and inside every string and escape.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesSource } from "./byte-source";
import { registeredFamilies } from "./families";
import { SnapshotError, loadSnapshot, loadSnapshotBytes, type Model } from "./index";
import { buildModel } from "./model";
import { mutate } from "./properties/snapshot-mutation";
import { generateSnapshot } from "./properties/snapshot-generator";
import { snapshotFromBytes } from "./snapshot-bytes";
import { indexSnapshot, streamedKeys, type IndexOptions } from "./snapshot-index";

const TINY: IndexOptions = { batchBytes: 1, blockBytes: 7 };
const SMALL: IndexOptions = { batchBytes: 300, blockBytes: 64 };

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The path loadSnapshotBytes replaces: the whole text parsed, then loaded (the command line's former refusal for a document that is not JSON). */
function viaText(bytes: Uint8Array): Model | SnapshotError {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  } catch (error) {
    return new SnapshotError("$", "the snapshot as JSON", `it is not valid JSON (${(error as Error).message})`);
  }
  try {
    return loadSnapshot(json);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
}

/** loadSnapshotBytes's logic with chosen piece sizes: the piecewise path, else the whole document's. */
function viaPieces(bytes: Uint8Array, options: IndexOptions): Model | SnapshotError {
  try {
    const snapshot = snapshotFromBytes(bytesSource(bytes), options);
    if (snapshot) return buildModel(snapshot, { families: registeredFamilies });
  } catch {
    // as loadSnapshotBytes: the whole document's path names the problem
  }
  return viaText(bytes);
}

function viaPublicApi(bytes: Uint8Array): Model | SnapshotError {
  try {
    return loadSnapshotBytes(bytesSource(bytes));
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
}

/** The piecewise path alone (no fallback): it must read every valid snapshot itself. */
function piecewiseOnly(bytes: Uint8Array, options: IndexOptions): Model {
  const snapshot = snapshotFromBytes(bytesSource(bytes), options);
  expect(snapshot, "the piecewise path declined a valid document").toBeDefined();
  return buildModel(snapshot as NonNullable<typeof snapshot>, { families: registeredFamilies });
}

function expectSameOutcome(actual: Model | SnapshotError, expected: Model | SnapshotError): void {
  if (expected instanceof SnapshotError) {
    expect(actual).toBeInstanceOf(SnapshotError);
    const error = actual as SnapshotError;
    expect({ path: error.path, expected: error.expected, reason: error.reason }).toEqual({ path: expected.path, expected: expected.expected, reason: expected.reason });
  } else {
    expect(actual).not.toBeInstanceOf(SnapshotError);
    expect(actual).toEqual(expected);
  }
}

const corpusDirs = ["lib/reachability/scenarios", "content/networks"];
const corpus = corpusDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ name: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
);

describe("loadSnapshotBytes: the same model as loadSnapshot(JSON.parse(text))", () => {
  it("has a corpus to check", () => {
    expect(corpus.length).toBeGreaterThan(20);
  });

  it.each(corpus.map((c) => [c.name, c.bytes] as const))("%s, as stored, compact and indented, in tiny and default pieces", (_name, bytes) => {
    const expected = viaText(bytes);
    expect(expected).not.toBeInstanceOf(SnapshotError);
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    for (const text of [bytes, encode(JSON.stringify(json)), encode(`\r\n\t ${JSON.stringify(json, null, 2)} \n`)]) {
      expect(piecewiseOnly(text, TINY)).toEqual(expected);
      expect(piecewiseOnly(text, SMALL)).toEqual(expected);
      expect(piecewiseOnly(text, {})).toEqual(expected);
      expectSameOutcome(viaPublicApi(text), expected);
    }
  });

  it("generated snapshots: the piecewise path reads them all, to the same model", () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(TINY, SMALL, {}), (g, options) => {
        const bytes = encode(JSON.stringify(generateSnapshot(g).snapshot));
        expect(piecewiseOnly(bytes, options)).toEqual(viaText(bytes));
      }),
      { numRuns: 60 },
    );
  });
});

describe("loadSnapshotBytes: the same refusal as loadSnapshot(JSON.parse(text))", () => {
  const valid = JSON.stringify({
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
    SecurityGroups: [{ GroupId: "sg-1", VpcId: "vpc-1", IpPermissions: [], IpPermissionsEgress: [] }],
    NetworkInterfaces: [{ NetworkInterfaceId: "eni-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.5", Groups: [{ GroupId: "sg-1" }], Description: 'a "quoted" \\ name é' }],
  });
  const cases: [string, string][] = [
    ["empty document", ""],
    ["white space only", "  \n"],
    ["a list, not an object", "[]"],
    ["a string", '"Vpcs"'],
    ["truncated", valid.slice(0, valid.length - 3)],
    ["truncated inside a streamed list", valid.slice(0, valid.indexOf("eni-1"))],
    ["a trailing comma in a streamed list", valid.replace("}]}]", "}]},]")],
    ["two commas between members", valid.replace(',"Subnets"', ',,"Subnets"')],
    ["a missing colon", valid.replace('"Subnets":', '"Subnets"')],
    ["text after the document", `${valid} x`],
    ["a second document", `${valid}{}`],
    ["a byte order mark", `\uFEFF${valid}`],
    ["a streamed list holding a string", valid.replace('"SecurityGroups":[', '"SecurityGroups":["sg-0",')],
    ["a streamed list holding a list", valid.replace('"SecurityGroups":[', '"SecurityGroups":[[],')],
    ["a streamed list that is null", valid.replace(/"SecurityGroups":\[.*?\],"NetworkInterfaces"/, '"SecurityGroups":null,"NetworkInterfaces"')],
    ["a streamed list that is an object", valid.replace(/"SecurityGroups":\[.*?\],"NetworkInterfaces"/, '"SecurityGroups":{},"NetworkInterfaces"')],
    ["a wrong type inside a streamed item", valid.replace('"PrivateIpAddress":"10.0.1.5"', '"PrivateIpAddress":5')],
    ["a dangling reference inside a streamed item", valid.replace('"Groups":[{"GroupId":"sg-1"}]', '"Groups":[{"GroupId":"sg-9"}]')],
    ["a bad address in a streamed item", valid.replace("10.0.1.5", "10.0.9.5")],
    ["a key given twice, the last wins", valid.replace('{"Vpcs"', '{"SecurityGroups":[],"Vpcs"')],
    ["a key given twice, the last is invalid", `${valid.slice(0, -1)},"Vpcs":5}`],
    ["a __proto__ key", valid.replace('{"Vpcs"', '{"__proto__":{"Vpcs":[]},"Vpcs"')],
    ["an escaped key", valid.replace('"Subnets"', '"Sub\\u006eets"')],
    ["a literal value", valid.replace('{"Vpcs"', '{"Extra":true,"Count":-1.5e3,"Vpcs"')],
    ["a bad literal", valid.replace('{"Vpcs"', '{"Extra":tru,"Vpcs"')],
    ["a control character in a string", valid.replace("a \\\"quoted", "a \n\\\"quoted")],
    ["an unterminated string", '{"Vpcs":[],"Extra":"abc'],
    ["mismatched brackets in a streamed item", valid.replace('"Groups":[{"GroupId":"sg-1"}]', '"Groups":[{"GroupId":"sg-1"}}')],
    ["an invalid UTF-8 byte", valid.replace("é", "\uFFFD")],
  ];

  it.each(cases)("%s", (_name, text) => {
    const bytes = encode(text);
    const expected = viaText(bytes);
    expectSameOutcome(viaPublicApi(bytes), expected);
    expectSameOutcome(viaPieces(bytes, TINY), expected);
    expectSameOutcome(viaPieces(bytes, SMALL), expected);
  });

  it("an invalid UTF-8 sequence decodes as readFileSync does (U+FFFD), and the refusal is the same", () => {
    const bytes = new Uint8Array([...encode('{"Vpcs":[{"VpcId":"vpc-'), 0xff, 0xc3, ...encode('","CidrBlock":5}]}')]);
    expectSameOutcome(viaPublicApi(bytes), viaText(bytes));
    expectSameOutcome(viaPieces(bytes, TINY), viaText(bytes));
  });

  it("mutated snapshots (the engine-refusal property's mutations): the same model or the same refusal", () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(TINY, SMALL, {}), (g, options) => {
        const bytes = encode(JSON.stringify(mutate(g, generateSnapshot(g).snapshot).snapshot));
        expectSameOutcome(viaPieces(bytes, options), viaText(bytes));
      }),
      { numRuns: 60 },
    );
  });

  it("documents damaged byte by byte (a structural character inserted, deleted or replaced): the same outcome", () => {
    const structural = ['"', "\\", "{", "}", "[", "]", ",", ":", " ", "x", "1"];
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(TINY, SMALL), (g, options) => {
        const text = JSON.stringify(generateSnapshot(g).snapshot, null, g(fc.boolean) ? 1 : undefined);
        const at = g(fc.nat, { max: text.length - 1 });
        const ch = structural[g(fc.nat, { max: structural.length - 1 })] as string;
        const kind = g(fc.constantFrom, "insert", "delete", "replace");
        const damaged = kind === "insert" ? text.slice(0, at) + ch + text.slice(at) : kind === "delete" ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
        const bytes = encode(damaged);
        expectSameOutcome(viaPieces(bytes, options), viaText(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary JSON documents: the same outcome, and the map's pieces parse to the document's values", () => {
    const doc = fc.dictionary(fc.constantFrom("Vpcs", "SecurityGroups", "NetworkInterfaces", "Reservations", "Other", "a\"b", "__proto__"), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(doc, fc.constantFrom(TINY, SMALL), fc.boolean(), (json, options, pretty) => {
        const text = JSON.stringify(json, null, pretty ? 2 : undefined);
        const bytes = encode(text);
        expectSameOutcome(viaPieces(bytes, options), viaText(bytes));
        const index = indexSnapshot(bytesSource(bytes), options);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        // Mapped, unless a streamed list holds something other than objects (no snapshot does: the whole path refuses it).
        const isObject = (x: unknown) => x !== null && typeof x === "object" && !Array.isArray(x);
        const declined = [...streamedKeys].some((k) => Array.isArray(parsed[k]) && !(parsed[k] as unknown[]).every(isObject));
        expect(index === undefined).toBe(declined);
        const slice = (start: number | undefined, end: number | undefined): string => new TextDecoder().decode(bytes.subarray(start, end));
        for (const value of index ?? []) {
          const { key } = value;
          const items = value.batches
            ? value.batches.flatMap((_, b) => (b % 2 === 0 ? (JSON.parse(`[${slice(value.batches?.[b], value.batches?.[b + 1])}]`) as unknown[]) : []))
            : JSON.parse(slice(value.start, value.end));
          expect(items).toEqual(parsed[key]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("piece sizes of zero or less are taken as one byte (no endless scan)", () => {
    const bytes = encode(JSON.stringify({ Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }] }));
    const expected = viaText(bytes);
    expect(piecewiseOnly(bytes, { batchBytes: 0, blockBytes: 0 })).toEqual(expected);
    expect(piecewiseOnly(bytes, { batchBytes: -5, blockBytes: -5 })).toEqual(expected);
  });

  it("arbitrary bytes: a model or a SnapshotError, nothing else, and the same outcome as the whole text's path", () => {
    const fragments = fc.constantFrom('{"Vpcs":[', '{"SecurityGroups":[{', '"GroupId":"sg-1"', "}", "]", ",", ":", '"', "\\", "\u00e9", " ", "\uFEFF", "null", "1e999");
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.array(fragments, { maxLength: 30 }).map((parts) => encode(parts.join(""))),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom(TINY, SMALL), (input, options) => {
        expectSameOutcome(viaPublicApi(input), viaText(input));
        expectSameOutcome(viaPieces(input, options), viaText(input));
      }),
      { numRuns: 400 },
    );
  });
});
