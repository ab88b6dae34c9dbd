import { describe, expect, it } from "vitest";
import { getExercise } from "@/lib/exercises/exercise-files";
import { natSubnetOptions, propagationItems, tgwItems, withPropagation, withTgwEntry } from "./resource-options";

function network(id: string): Record<string, unknown> {
  const exercise = getExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return exercise.network;
}

describe("resource options", () => {
  it("offers the NAT gateway's VPC subnets", () => {
    const options = natSubnetOptions(network("nat-gateway-placement"), "nat-shop");
    expect(options.map((o) => o.value)).toContain("subnet-public-a");
    expect(options.find((o) => o.value === "subnet-public-a")?.label).toMatch(/^subnet-public-a \(/);
  });

  it("lists the VPN gateway a route table can propagate from, and switches propagation on and off", () => {
    const snapshot = network("vpn-route-to-office");
    expect(propagationItems(snapshot, "rtb-app")).toEqual([{ id: "vgw-office", label: "vgw-office (office-vgw)", on: false }]);
    const on = withPropagation(snapshot, "rtb-app", "vgw-office", true);
    expect(on).toEqual([{ GatewayId: "vgw-office" }]);
    expect(withPropagation({ ...snapshot, RouteTables: (snapshot.RouteTables as Record<string, unknown>[]).map((t) => ({ ...t, PropagatingVgws: on })) }, "rtb-app", "vgw-office", false)).toEqual([]);
  });

  it("lists a transit gateway's attachments per route table and builds association and propagation entries", () => {
    const snapshot = network("transit-gateway-isolation");
    expect(tgwItems(snapshot, "tgw-rtb-shared", "Associations")).toEqual([
      { id: "tgw-attach-dev", label: "tgw-attach-dev (vpc vpc-dev)", on: false },
      { id: "tgw-attach-prod", label: "tgw-attach-prod (vpc vpc-prod)", on: false },
      { id: "tgw-attach-shared", label: "tgw-attach-shared (vpc vpc-shared)", on: false },
    ]);
    expect(tgwItems(snapshot, "tgw-rtb-spokes", "Propagations").every((i) => i.on)).toBe(true);
    expect(withTgwEntry(snapshot, "tgw-rtb-shared", "Associations", "tgw-attach-shared", true)).toEqual([
      { TransitGatewayAttachmentId: "tgw-attach-shared", ResourceId: "vpc-shared", ResourceType: "vpc", State: "associated" },
    ]);
    expect(withTgwEntry(snapshot, "tgw-rtb-spokes", "Propagations", "tgw-attach-dev", false).map((p) => p.TransitGatewayAttachmentId)).toEqual(["tgw-attach-prod", "tgw-attach-shared"]);
  });
});
