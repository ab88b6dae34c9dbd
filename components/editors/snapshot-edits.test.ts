import { describe, expect, it } from "vitest";
import { loadTestNetwork } from "@/components/network/test-networks";
import { aclRows, routeRows, sgRows } from "./rows";
import { applyEdit, EditRefused, routeTargetField } from "./snapshot-edits";

describe("snapshot edits (immutable updates of the AWS JSON)", () => {
  const { snapshot, model } = loadTestNetwork("lesson-public-private");
  const frozen = JSON.stringify(snapshot);

  it("adds a route with the field AWS uses for its target, sharing untouched sections", () => {
    const next = applyEdit(snapshot, { kind: "add-route", routeTableId: "rtb-private", destination: "192.168.0.0/16", target: "i-app" }, model);
    expect(next).not.toBe(snapshot);
    expect(next.Vpcs).toBe(snapshot.Vpcs);
    expect(JSON.stringify(snapshot)).toBe(frozen);
    const table = (next.RouteTables as { RouteTableId: string; Routes: unknown[] }[]).find((t) => t.RouteTableId === "rtb-private")!;
    expect(table.Routes.at(-1)).toEqual({ DestinationCidrBlock: "192.168.0.0/16", InstanceId: "i-app", Origin: "CreateRoute", State: "active" });
    expect(routeRows(next, model, "rtb-private").rows.at(-1)).toMatchObject({ destination: "192.168.0.0/16", target: "i-app", status: "Active", propagated: "No", editable: true });
  });

  it("knows each target's route field", () => {
    expect(["igw-main", "nat-main", "i-app", "eni-nat", "local", "nope"].map((t) => routeTargetField(model, t))).toEqual(["GatewayId", "NatGatewayId", "InstanceId", "NetworkInterfaceId", "GatewayId", undefined]);
  });

  it("adds security group rules in AWS's shapes (group pair, CIDR, ICMP)", () => {
    let next = applyEdit(snapshot, { kind: "add-sg-rule", groupId: "sg-db", direction: "inbound", protocol: "tcp", range: [5432, 5432], peer: "sg-web" }, model);
    next = applyEdit(next, { kind: "add-sg-rule", groupId: "sg-db", direction: "outbound", protocol: "icmp", range: undefined, peer: "10.0.0.0/16" }, model);
    const g = (next.SecurityGroups as Record<string, unknown>[]).find((x) => x.GroupId === "sg-db")!;
    expect((g.IpPermissions as unknown[]).at(-1)).toEqual({ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-web" }] });
    expect((g.IpPermissionsEgress as unknown[]).at(-1)).toEqual({ IpProtocol: "icmp", FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: "10.0.0.0/16" }] });
    expect(sgRows(next, "sg-db").inbound.map((r) => [r.type, r.portRange, r.peer])).toEqual([
      ["PostgreSQL", "5432", "sg-app"],
      ["PostgreSQL", "5432", "sg-web"],
    ]);
  });

  it("removes one peer of a permission, and the permission with its last peer", () => {
    const next = applyEdit(snapshot, { kind: "remove-sg-rule", groupId: "sg-web", direction: "inbound", permissionIndex: 0, peerKind: "IpRanges", peerIndex: 0 }, model);
    expect(sgRows(next, "sg-web").inbound.map((r) => r.type)).toEqual(["HTTP"]);
  });

  it("adds and removes NACL entries; the * rule stays", () => {
    const added = applyEdit(snapshot, { kind: "add-acl-entry", aclId: "acl-db", egress: false, ruleNumber: 90, protocol: "udp", range: [53, 53], cidr: "10.0.0.0/16", action: "deny" }, model);
    expect(aclRows(added, "acl-db").inbound.map((r) => `${r.ruleLabel} ${r.type} ${r.action}`)).toEqual(["90 DNS (UDP) Deny", "100 PostgreSQL Allow", "110 Custom TCP Allow", "* All traffic Deny"]);
    const removed = applyEdit(added, { kind: "remove-acl-entry", aclId: "acl-db", egress: false, ruleNumber: 90 }, model);
    expect(aclRows(removed, "acl-db")).toEqual(aclRows(snapshot, "acl-db"));
    expect(() => applyEdit(snapshot, { kind: "remove-acl-entry", aclId: "acl-db", egress: true, ruleNumber: 32767 }, model)).toThrow(EditRefused);
  });

  it("refuses resources the snapshot does not list (filled in by the engine)", () => {
    expect(() => applyEdit(snapshot, { kind: "add-route", routeTableId: "rtb-main-vpc-shop", destination: "0.0.0.0/0", target: "igw-main" }, model)).toThrow(/not in the snapshot's RouteTables/);
  });
});
