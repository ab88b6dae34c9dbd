import { describe, expect, it } from "vitest";
import { parseAddress, parseCidr, type Cidr } from "./cidr";
import { buildPrefixIndex, longestMatch } from "./prefix-index";

interface Item {
  readonly destination: Cidr;
  readonly name: string;
  readonly rank: number;
}
const item = (cidr: string, name: string, rank = 0): Item => ({ destination: parseCidr(cidr)!, name, rank });
const items = [item("0.0.0.0/0", "default"), item("10.0.0.0/16", "vpc"), item("10.0.2.0/24", "b", 2), item("10.0.2.0/24", "a", 1), item("2001:db8::/32", "v6")];
const byRank = (a: Item, b: Item) => a.rank - b.rank;

describe("prefix index", () => {
  it("returns the longest matching prefix, its items in the given order", () => {
    const index = buildPrefixIndex(items, 4, byRank);
    expect(longestMatch(index, parseAddress("10.0.2.7")!)?.map((i) => i.name)).toEqual(["a", "b"]);
    expect(longestMatch(index, parseAddress("10.0.3.7")!)?.map((i) => i.name)).toEqual(["vpc"]);
    expect(longestMatch(index, parseAddress("8.8.8.8")!)?.map((i) => i.name)).toEqual(["default"]);
  });

  it("keeps address families apart and answers undefined when nothing matches", () => {
    const v6 = buildPrefixIndex(items, 6, byRank);
    expect(longestMatch(v6, parseAddress("2001:db8::1")!)?.map((i) => i.name)).toEqual(["v6"]);
    expect(longestMatch(v6, parseAddress("2001:db9::1")!)).toBeUndefined();
    expect(buildPrefixIndex(items, 4, byRank).lengths).toEqual([24, 16, 0]);
  });
});
