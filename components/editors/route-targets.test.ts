import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSnapshot } from "@/lib/reachability";
import { routeTargetOptions } from "./route-targets";

const scenario = (name: string) => loadSnapshot(JSON.parse(readFileSync(join(process.cwd(), "lib/reachability/scenarios", `${name}.json`), "utf8")));
const listed = (model: ReturnType<typeof scenario>, rt: string) => routeTargetOptions(model, rt).map((o) => `${o.group}: ${o.id}`);

describe("routeTargetOptions", () => {
  it("offers every kind of target serving the VPC, in the console's groups and order", () => {
    const m = scenario("blind-hybrid");
    expect(listed(m, "rtb-0ee0000000000pub01")).toEqual([
      "Internet gateway: igw-0ee0ee0ee0ee0ee01",
      "NAT gateway: nat-0ee0ee0ee0ee0ee01",
      "Virtual private gateway: vgw-0ee1b2c3d4e5f6ab2",
      "Peering connection: pcx-0ee0ef0ee0ef0ee01",
      "Gateway endpoint: vpce-0ee0s3000000000001",
      "Instance: i-0ee1111111111111a",
      "Instance: i-0ee9999999999999f",
      "Network interface: eni-0ee0fw00000000001",
      "Network interface: eni-1c3accf382dc3b4af",
    ]);
    // The peer VPC sees the peering connection and its own resources, nothing of the other VPC.
    expect(listed(m, "rtb-0ef00000000000main")).toEqual(["Peering connection: pcx-0ee0ef0ee0ef0ee01", "Instance: i-0ef1111111111111a", "Network interface: eni-c749b1dd9d75593d2"]);
  });

  it("transit gateways for the VPCs attached to them; egress-only gateways; no interface endpoints", () => {
    expect(listed(scenario("blind-tgw"), "rtb-0722000000000main")).toEqual(["Transit gateway: tgw-0a1b2c3d4e5f6a7b8", "Instance: i-0722222222222222a", "Network interface: eni-1c4fbf5682562a002"]);
    expect(listed(scenario("blind-eigw"), "rtb-0c00000000000main")[0]).toBe("Egress-only internet gateway: eigw-0a1b2c3d4e5f60001");
    const endpoints = listed(scenario("blind-endpoints"), "rtb-0bb00000000000main");
    expect(endpoints).toContain("Gateway endpoint: vpce-0a1b2c3d4e5f6a7b1");
    expect(endpoints.some((t) => t.includes("vpce-0a1b2c3d4e5f6a7b2") || t.includes("vpce-0a1b2c3d4e5f6a7b3"))).toBe(false);
  });

  it("an unknown route table has no targets", () => {
    expect(routeTargetOptions(scenario("blind-eigw"), "rtb-nope")).toEqual([]);
  });
});
