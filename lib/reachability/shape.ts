/**
 * Shapes: the snapshot's field types, checked in place. A tiny, allocation-free validator for the few kinds the
 * snapshot schemas use (string, finite number, boolean, object with unknown keys allowed, list, optional-or-null,
 * union of those), declared like the zod schemas it replaces at run time: the zod declarations stay as the
 * executable specification in `snapshot-spec.ts` (tests only), and `shape.test.ts` / the property test
 * `properties/shape-parity.property.test.ts` check that both accept the same values and refuse the same ones at the
 * same first path, with the same kind of expectation.
 *
 * A valid value is returned as it is (no copy: a 200 MB snapshot is not duplicated); the engine never writes to it.
 * Only a refusal walks the value again to name the first offending path, in zod's order (fields in declaration
 * order, list items in index order, depth first).
 */

/** The kinds of value a shape accepts. `nullish` is zod's `.optional().nullable()`. */
export type ShapeDef =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "object"; readonly fields: readonly (readonly [string, Shape<unknown>])[] }
  | { readonly kind: "array"; readonly item: Shape<unknown> }
  | { readonly kind: "nullish"; readonly inner: Shape<unknown> }
  | { readonly kind: "union"; readonly options: readonly Shape<unknown>[] };

/** A shape of values of type T (T is phantom: it only carries the type). */
export interface Shape<T> {
  readonly def: ShapeDef;
  /** True when `value` has the shape (no allocation). */
  readonly check: (value: unknown) => boolean;
  /** Phantom field carrying the value type; never set. */
  readonly _type?: T;
}

/** The value type of a shape (as zod's `z.infer`). */
export type Infer<S> = S extends Shape<infer T> ? T : never;

/** The first problem found in a value: where (segments under the value) and what kind of value was expected. */
export interface ShapeIssue {
  readonly path: (string | number)[];
  /** zod's issue code: `invalid_type` (with `expected`) or `invalid_union`. */
  readonly code: "invalid_type" | "invalid_union";
  /** For `invalid_type`: `string`, `number`, `boolean`, `object` or `array` (zod's names). */
  readonly expected?: "string" | "number" | "boolean" | "object" | "array";
}

function make<T>(def: ShapeDef, check: (value: unknown) => boolean): Shape<T> {
  return { def, check };
}

const isString = (v: unknown): boolean => typeof v === "string";
/** zod 4's z.number() refuses NaN and the infinities. */
const isNumber = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
const isBoolean = (v: unknown): boolean => typeof v === "boolean";
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

const STRING = make<string>({ kind: "string" }, isString);
const NUMBER = make<number>({ kind: "number" }, isNumber);
const BOOLEAN = make<boolean>({ kind: "boolean" }, isBoolean);

/** A string (zod: `z.string()`). */
export const str = (): Shape<string> => STRING;
/** A finite number (zod: `z.number()`). */
export const num = (): Shape<number> => NUMBER;
/** A boolean (zod: `z.boolean()`). */
export const bool = (): Shape<boolean> => BOOLEAN;

/** Optional or null (zod: `.optional().nullable()`). */
export function opt<T>(inner: Shape<T>): Shape<T | null | undefined> {
  const check = inner.check;
  return make({ kind: "nullish", inner }, (v) => v === undefined || v === null || check(v));
}

/** A list (zod: `z.array(item)`). */
export function array<T>(item: Shape<T>): Shape<T[]> {
  const check = item.check;
  return make({ kind: "array", item }, (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
    return true;
  });
}

/** An optional or null list (zod: `z.array(item).optional().nullable()`). */
export const list = <T>(item: Shape<T>): Shape<T[] | null | undefined> => opt(array(item));

/** One of several shapes (zod: `z.union([...])`). */
export function union<const S extends readonly Shape<unknown>[]>(options: S): Shape<Infer<S[number]>> {
  const checks = options.map((o) => o.check);
  return make({ kind: "union", options }, (v) => {
    for (let i = 0; i < checks.length; i++) if ((checks[i] as (value: unknown) => boolean)(v)) return true;
    return false;
  });
}

type Fields = Readonly<Record<string, Shape<unknown>>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends Infer<F[K]> ? K : never }[keyof F];
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** zod's looseObject output type: declared fields (optional ones as optional keys) and any other key as unknown. */
export type LooseObject<F extends Fields> = Simplify<{ [K in RequiredKeys<F>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> } & { [k: string]: unknown }>;

/** An object with these fields; other keys are accepted and ignored (zod: `z.looseObject({...})`). */
export function looseObject<const F extends Fields>(fields: F): Shape<LooseObject<F>> {
  const entries = Object.entries(fields) as [string, Shape<unknown>][];
  const keys = entries.map(([k]) => k);
  const checks = entries.map(([, s]) => s.check);
  const n = keys.length;
  return make({ kind: "object", fields: entries }, (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < n; i++) if (!(checks[i] as (value: unknown) => boolean)(v[keys[i] as string])) return false;
    return true;
  });
}

/** The first problem in `value` (zod's first issue), or undefined when it has the shape. Used on refusal only. */
export function firstIssue(shape: Shape<unknown>, value: unknown): ShapeIssue | undefined {
  if (shape.check(value)) return undefined;
  const path: (string | number)[] = [];
  return find(shape.def, value, path);
}

function find(def: ShapeDef, v: unknown, path: (string | number)[]): ShapeIssue | undefined {
  switch (def.kind) {
    case "string":
      return isString(v) ? undefined : { path: [...path], code: "invalid_type", expected: "string" };
    case "number":
      return isNumber(v) ? undefined : { path: [...path], code: "invalid_type", expected: "number" };
    case "boolean":
      return isBoolean(v) ? undefined : { path: [...path], code: "invalid_type", expected: "boolean" };
    case "nullish":
      return v === undefined || v === null ? undefined : find(def.inner.def, v, path);
    case "union":
      return def.options.some((o) => o.check(v)) ? undefined : { path: [...path], code: "invalid_union" };
    case "array": {
      if (!Array.isArray(v)) return { path: [...path], code: "invalid_type", expected: "array" };
      for (let i = 0; i < v.length; i++) {
        if (def.item.check(v[i])) continue;
        path.push(i);
        const issue = find(def.item.def, v[i], path);
        path.pop();
        if (issue) return issue;
      }
      return undefined;
    }
    case "object": {
      if (!isObject(v)) return { path: [...path], code: "invalid_type", expected: "object" };
      for (const [key, field] of def.fields) {
        const x = v[key];
        if (field.check(x)) continue;
        path.push(key);
        const issue = find(field.def, x, path);
        path.pop();
        if (issue) return issue;
      }
      return undefined;
    }
  }
}
