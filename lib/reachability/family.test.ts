/**
 * The extension mechanism, exercised by a toy family in this test only: a "firewall" that a route table can
 * target (GatewayId), that blocks one port, and that passes replies back into the VPC.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { verdictOf } from "./scenarios/harness";
import type { ComponentFamily } from "./family";
import { registeredFamilies } from "./families";
import { buildModel } from "./model";
import { parseQuery } from "./query";
import * as v from "./shape";
import { parseSnapshot } from "./snapshot";

const FirewallSchema = v.looseObject({ FirewallId: v.str(), VpcId: v.str(), BlockedPort: v.num() });

const firewallFamily: ComponentFamily = {
  name: "toy-firewall",
  sections: { Firewalls: FirewallSchema },
  load(ctx) {
    for (const f of ctx.section("Firewalls", FirewallSchema)) ctx.register({ id: f.FirewallId, kind: "toy-firewall", vpcId: f.VpcId, data: f });
  },
  receive(ctx, c, packet, arrival) {
    const data = c.data as v.Infer<typeof FirewallSchema>;
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet) });
    if (arrival.via === "outside") return { kind: "next", hops: [hop], next: [{ to: "enter-vpc", vpcId: data.VpcId, packet }] };
    if (packet.dstPort === data.BlockedPort) {
      return { kind: "blocked", hops: [hop], explanation: ctx.explain("FIREWALL_RULES_RESTRICTION", { Component: hop.Component }, packet) };
    }
    return { kind: "next", hops: [hop], next: [{ to: "exit", via: c.id, packet, network: "internet" }] };
  },
};

const snapshot = {
  Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
  Subnets: [{ SubnetId: "subnet-1", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
  Firewalls: [{ FirewallId: "fw-1", VpcId: "vpc-1", BlockedPort: 25 }],
  RouteTables: [{ RouteTableId: "rtb-1", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "fw-1" }] }],
  Reservations: [{ Instances: [{ InstanceId: "i-1", SubnetId: "subnet-1", PrivateIpAddress: "10.0.1.5" }] }],
};

const model = buildModel(parseSnapshot(snapshot), { families: [...registeredFamilies, firewallFamily] });
const ask = (port: number) => verdictOf(analyze(model, parseQuery({ Source: "i-1", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: port })));

describe("family (extension mechanism)", () => {
  it("a route target is dispatched to the family that registered the id, not by prefix", () => {
    const v = ask(443);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-1", "eni-of-i-1", "sg-default-vpc-1", "acl-default-vpc-1", "rtb-1", "fw-1"]);
    expect(v.back).toEqual(["fw-1", "acl-default-vpc-1", "sg-default-vpc-1", "eni-of-i-1", "i-1"]);
  });

  it("a family can block with its own explanation", () => {
    expect(ask(25).codes).toEqual(["FIREWALL_RULES_RESTRICTION"]);
  });

  it("without the family, the route's target does not exist and the snapshot is refused", () => {
    expect(() => buildModel(parseSnapshot(snapshot), { families: registeredFamilies })).toThrow(/fw-1 does not exist/);
  });
});
