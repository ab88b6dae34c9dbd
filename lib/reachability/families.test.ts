import { describe, expect, it } from "vitest";
import { registeredFamilies } from "./families";

describe("families", () => {
  it("registers each family once, with a receive hop", () => {
    const names = registeredFamilies.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of registeredFamilies) expect(typeof f.receive).toBe("function");
    expect(names).toEqual(expect.arrayContaining(["internet-gateway", "egress-only-internet-gateway", "nat-gateway", "vpc-peering-connection", "gateway-endpoint"]));
  });
});
