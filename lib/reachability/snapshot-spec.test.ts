/**
 * The runtime shapes (shape.ts, used by snapshot.ts and the families) declare exactly the fields and kinds of the
 * zod specification (snapshot-spec.ts): same keys in the same order, same kinds, nothing required that zod makes
 * optional, no zod refinement that the shapes would miss. The behaviour of both on values is compared by
 * properties/shape-parity.property.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { registeredFamilies } from "./families";
import { runtimeSections } from "./properties/runtime-sections";
import type { Shape, ShapeDef } from "./shape";
import { coreSections } from "./snapshot";
import { coreSectionsSpec, sectionSpecs } from "./snapshot-spec";

type Desc = string | { nullish: Desc } | { array: Desc } | { union: Desc[] } | { object: [string, Desc][] };

/** A zod schema as a plain structure; throws on anything the shapes cannot express (a check, a transform, a strict object). */
function zodDesc(schema: z.ZodType): Desc {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string; checks?: unknown[] } } })._zod.def;
  if (def.checks && def.checks.length > 0) throw new Error(`a ${def.type} with checks`);
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
      return def.type;
    case "nullable": {
      const inner = def.innerType as z.ZodType;
      const innerDef = (inner as unknown as { _zod: { def: { type: string; innerType: z.ZodType } } })._zod.def;
      if (innerDef.type !== "optional") throw new Error("nullable without optional");
      return { nullish: zodDesc(innerDef.innerType) };
    }
    case "array":
      return { array: zodDesc(def.element as z.ZodType) };
    case "union":
      return { union: (def.options as z.ZodType[]).map(zodDesc) };
    case "object": {
      const catchall = def.catchall as { _zod: { def: { type: string } } } | undefined;
      if (catchall?._zod.def.type !== "unknown") throw new Error("an object that is not loose");
      return { object: Object.entries(def.shape as Record<string, z.ZodType>).map(([k, s]) => [k, zodDesc(s)]) };
    }
    default:
      throw new Error(`zod type ${def.type} has no shape`);
  }
}

function shapeDesc(def: ShapeDef): Desc {
  switch (def.kind) {
    case "string":
    case "number":
    case "boolean":
      return def.kind;
    case "nullish":
      return { nullish: shapeDesc(def.inner.def) };
    case "array":
      return { array: shapeDesc(def.item.def) };
    case "union":
      return { union: def.options.map((o) => shapeDesc(o.def)) };
    case "object":
      return { object: def.fields.map(([k, s]) => [k, shapeDesc(s.def)]) };
  }
}

describe("runtime shapes = zod specification", () => {
  it("covers the same top-level keys: the core's, and every family's", () => {
    expect(Object.keys(coreSections)).toEqual(Object.keys(coreSectionsSpec));
    const familyKeys = registeredFamilies.flatMap((f) => Object.keys(f.sections ?? {}));
    for (const key of familyKeys) expect(Object.keys(sectionSpecs)).toContain(key);
    expect(Object.keys(runtimeSections).sort()).toEqual(Object.keys(sectionSpecs).sort());
  });

  for (const [key, spec] of Object.entries(sectionSpecs)) {
    it(`${key}: same fields, order and kinds`, () => {
      const runtime = runtimeSections[key] as Shape<unknown>;
      expect(shapeDesc(runtime.def)).toEqual(zodDesc(spec));
    });
  }

  it("each family reads its keys with the shape the specification names", () => {
    for (const family of registeredFamilies) {
      for (const [key, shape] of Object.entries(family.sections ?? {})) {
        expect(shapeDesc(shape.def), `${family.name} ${key}`).toEqual(zodDesc(sectionSpecs[key as keyof typeof sectionSpecs]));
      }
    }
  });
});

describe("the engine's run time imports no zod (lesson widgets ship without it)", () => {
  it("no module of the engine but the specifications and tests imports zod", () => {
    const dir = new URL(".", import.meta.url);
    const runtime = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith("-spec.ts"));
    expect(runtime).toContain("snapshot.ts");
    const importing = runtime.filter((f) => /from\s+["']zod["']|import\(["']zod["']\)|require\(["']zod["']\)/.test(readFileSync(new URL(f, dir), "utf8")));
    expect(importing).toEqual([]);
  });
});
