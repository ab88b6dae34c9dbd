import { describe, expect, it } from "vitest";
import { array, bool, firstIssue, list, looseObject, num, opt, str, union } from "./shape";

const Item = looseObject({ Id: str(), Port: opt(num()), Tags: list(looseObject({ Key: str() })), On: opt(bool()), Protocol: union([str(), num()]) });

describe("shape", () => {
  it("accepts a value of the shape, unknown keys included, and returns nothing to copy", () => {
    const value = { Id: "a", Port: 443, Tags: [{ Key: "k", Other: 1 }], On: null, Protocol: "tcp", Extra: { x: [1] } };
    expect(Item.check(value)).toBe(true);
    expect(firstIssue(Item, value)).toBeUndefined();
    expect(Item.check({ Id: "a", Protocol: 6 })).toBe(true);
  });

  it("refuses the wrong kinds as zod does: NaN and the infinities are not numbers, a list is not an object", () => {
    expect(num().check(NaN)).toBe(false);
    expect(num().check(Infinity)).toBe(false);
    expect(num().check(-0)).toBe(true);
    expect(looseObject({}).check([])).toBe(false);
    expect(looseObject({}).check(null)).toBe(false);
    expect(looseObject({}).check(new Date(0))).toBe(true);
    expect(str().check(new String("x"))).toBe(false);
    expect(array(str()).check({ length: 0 })).toBe(false);
  });

  it("names the first problem in declaration order, depth first, with zod's issue kind", () => {
    expect(firstIssue(Item, { Port: "x", Protocol: true })).toEqual({ path: ["Id"], code: "invalid_type", expected: "string" });
    expect(firstIssue(Item, { Id: "a", Port: "x", Protocol: true })).toEqual({ path: ["Port"], code: "invalid_type", expected: "number" });
    expect(firstIssue(Item, { Id: "a", Tags: [{ Key: "k" }, { Key: 1 }], Protocol: true })).toEqual({ path: ["Tags", 1, "Key"], code: "invalid_type", expected: "string" });
    expect(firstIssue(Item, { Id: "a", Protocol: {} })).toEqual({ path: ["Protocol"], code: "invalid_union" });
    expect(firstIssue(array(Item), [{ Id: "a", Protocol: 1 }, "x"])).toEqual({ path: [1], code: "invalid_type", expected: "object" });
    expect(firstIssue(Item, { Id: "a", Protocol: 1, Tags: {} })).toEqual({ path: ["Tags"], code: "invalid_type", expected: "array" });
  });
});
