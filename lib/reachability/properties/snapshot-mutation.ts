/**
 * Mutations of a valid snapshot for the property tests: delete a field, a value of the wrong type, numbers out
 * of range, bad CIDRs and addresses, dangling references, huge strings, deep nesting, a list where an object is
 * expected, prototype-pollution keys (`__proto__`, `constructor`). Each mutation says where it struck, as the
 * engine writes JSON paths (`$.Subnets[2].CidrBlock`).
 */
import fc from "fast-check";
import { jsonPath } from "../errors";

export type MutationKind = "delete" | "wrong-type" | "out-of-range" | "bad-cidr" | "dangling" | "huge-string" | "deep-nesting" | "list-for-object" | "proto-key";

export interface Mutation {
  readonly kind: MutationKind;
  /** Path segments of the place that was changed. */
  readonly segments: (string | number)[];
  /** The same as the engine writes it. */
  readonly path: string;
  readonly snapshot: unknown;
}

type Node = Record<string, unknown> | unknown[];

/** Every place in `root`, parents before children. Iterative: a deep-nesting mutation can be thousands deep. */
function walk(root: unknown, out: (string | number)[][]): void {
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, segments] = stack.pop() as [unknown, (string | number)[]];
    out.push(segments);
    const children: [unknown, string | number][] = Array.isArray(value)
      ? value.map((v, i) => [v, i] as [unknown, number])
      : value !== null && typeof value === "object"
        ? Object.entries(value)
        : [];
    for (let i = children.length - 1; i >= 0; i--) {
      const [child, key] = children[i] as [unknown, string | number];
      stack.push([child, [...segments, key]]);
    }
  }
}

function at(root: unknown, segments: readonly (string | number)[]): unknown {
  let cur = root;
  for (const s of segments) cur = (cur as Record<string | number, unknown>)[s];
  return cur;
}

function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = "bottom";
  for (let k = 0; k < depth; k++) v = asArray ? [v] : { nested: v };
  return v;
}

/** Sets an own property, even one named __proto__ (as JSON.parse does). */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const BAD_CIDRS = ["10.0.0.0/33", "banana", "10.0.0.256/24", "", "10.0.0.0", "::/129", "1.2.3.4/-1", "10.0.0.0/8/8", "0x0a000000/8", "10.0.0.0/016"];
const BAD_NUMBERS = [-1, -2, 0, 32767, 40000, 65536, 1.5, -99999, 1e300, 2 ** 53];

/** Applies one generated mutation to a deep copy of `snapshot` (which must be plain JSON). */
export function mutate(g: fc.GeneratorValue, snapshot: unknown): Mutation {
  const copy = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
  const all: (string | number)[][] = [];
  walk(copy, all);
  const places = all.filter((s) => s.length > 0);
  const segments = places[g(fc.nat, { max: places.length - 1 })] as (string | number)[];
  const parent = at(copy, segments.slice(0, -1)) as Node;
  const key = segments[segments.length - 1] as string | number;
  const value = at(copy, segments);
  const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v);
  // Deep nesting only near the top: nested into an earlier deep nest it would outgrow JSON.stringify's stack.
  const kinds: MutationKind[] = segments.length < 50 ? ["delete", "wrong-type", "deep-nesting", "huge-string", "proto-key"] : ["delete", "wrong-type", "huge-string", "proto-key"];
  if (typeof value === "number") kinds.push("out-of-range", "out-of-range");
  if (typeof value === "string" && /cidr|ip|address/i.test(String(key))) kinds.push("bad-cidr", "bad-cidr");
  if (typeof value === "string" && /Id$/.test(String(key))) kinds.push("dangling", "dangling");
  if (value !== null && typeof value === "object" && !Array.isArray(value)) kinds.push("list-for-object");
  const kind = kinds[g(fc.nat, { max: kinds.length - 1 })] as MutationKind;
  let where = segments;
  switch (kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key as string];
      break;
    case "wrong-type":
      set(
        typeof value === "string"
          ? g(fc.constantFrom, 42, true, null, { S: "x" }, ["x"])
          : typeof value === "number"
            ? g(fc.constantFrom, "7", true, null, [7])
            : typeof value === "boolean"
              ? g(fc.constantFrom, "true", 1, null)
              : Array.isArray(value)
                ? g(fc.constantFrom, { 0: "x" }, "list", 3, true)
                : g(fc.constantFrom, "object", 5, false, null),
      );
      break;
    case "out-of-range":
      set(g(fc.constantFrom, ...BAD_NUMBERS));
      break;
    case "bad-cidr":
      set(g(fc.constantFrom, ...BAD_CIDRS));
      break;
    case "dangling":
      set(`${String(value).split("-")[0]}-missing-0`);
      break;
    case "huge-string":
      set("x".repeat(g(fc.constantFrom, 100_000, 1_000_000)));
      break;
    case "deep-nesting":
      set(deep(g(fc.constantFrom, 500, 3000), g(fc.boolean)));
      break;
    case "list-for-object":
      set([value]);
      break;
    case "proto-key": {
      // Into the nearest object (the place itself when it is one, else its parent).
      const target = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : !Array.isArray(parent) ? (parent as Record<string, unknown>) : undefined;
      if (!target) {
        set({ __proto__: { polluted: "yes" } });
        break;
      }
      if (target !== value) where = segments.slice(0, -1);
      if (g(fc.boolean)) setOwn(target, "__proto__", g(fc.constantFrom, { polluted: "yes" }, { VpcId: "vpc-evil", polluted: "yes" }, "str", null));
      else setOwn(target, "constructor", { prototype: { polluted: "yes" } });
      break;
    }
  }
  return { kind, segments: where, path: jsonPath(where), snapshot: copy };
}
