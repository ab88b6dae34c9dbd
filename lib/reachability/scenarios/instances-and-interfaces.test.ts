/**
 * Sources: AWS VPC User Guide "Network ACLs" (custom NACL example with ephemeral ports, 6.5-6.6) and "Route
 * tables: subnet route tables ... more specific routes to a middlebox" (1.5, 13.1); Batfish
 * AwsConfigurationSubnetTest.testInstanceToInstance (same subnet: only the two interfaces' security groups) and
 * AwsConfigurationPublicSubnetTest.testToInternetInvalidPrivateIp (a private address with no public IP is
 * dropped at the IGW); RA explanation codes BAD_STATE, BAD_STATE_ATTACHMENT, BAD_STATE_ROUTE,
 * ENI_SOURCE_DEST_CHECK_RESTRICTION, SG_HAS_NO_RULES, DISCONNECTED_VPCS; lab write-up cited by semantics 13.3
 * (an unattached interface with a public IP is not reachable from the internet).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./instances-and-interfaces.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: instances, interfaces, NACLs and a middlebox", () => {
  it("stateless NACL: the reply to port 50000 is denied by an outbound DENY rule (6.5), reported on the return leg", () => {
    const v = ask({ Source: "i-app", Destination: "i-web", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward.at(-1)).toBe("i-web");
    expect(v.back).toEqual(["i-web", "eni-web", "sg-web", "acl-web"]);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    const e = v.analysis.Explanations[0]!;
    expect(e.Direction).toBe("egress");
    expect(e.AclRule?.RuleNumber).toBe(90);
  });

  it("NACL outbound without a rule for the destination port: the * rule denies (6.3)", () => {
    // To i-app's primary interface: its second interface (eni-app-second) shares i-web's subnet, and an instance
    // is reached through any of its interfaces (0.3, scenarios/multi-interface-instance.test.ts).
    const v = ask({ Source: "i-web", Destination: "eni-app", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.analysis.Explanations[0]?.AclRule?.RuleNumber).toBe(32767);
  });

  it("ICMP echo through NACL rules with IcmpTypeCode, reply as echo reply", () => {
    expect(ask({ Source: "i-app", Destination: "i-web", Protocol: "icmp" }).found).toBe(true);
  });

  it("same subnet: no route table and no NACL, but both security groups (1.11, 6.7, 5.10)", () => {
    const v = ask({ Source: "i-web", Destination: "i-web2", Protocol: "tcp", DestinationPort: 22 });
    expect(v.forward).toEqual(["i-web", "eni-web", "sg-web", "sg-web"]);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    const ok = ask({ Source: "i-app", Destination: "i-stopped", Protocol: "tcp", DestinationPort: 22 });
    expect(ok.forward).toEqual(["i-app", "eni-app", "sg-app", "sg-app", "eni-stopped", "i-stopped"]);
  });

  it("security group reference matches the member's private IP from a second interface (5.6)", () => {
    expect(ask({ Source: "eni-app-second", Destination: "i-web2", Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
  });

  it("a route more specific than local sends subnet-to-subnet traffic through a middlebox (1.5) with source/dest check off (13.1)", () => {
    const v = ask({ Source: "i-app", Destination: "i-db", Protocol: "tcp", DestinationPort: 5432 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-app", "eni-app", "sg-app", "acl-main-default", "rtb-app", "acl-main-default", "sg-fw", "eni-fw", "sg-fw", "acl-main-default", "rtb-web", "acl-main-default", "sg-app", "eni-db", "i-db"]);
    expect(v.back).toContain("eni-fw");
  });

  it("with source/destination check on, the middlebox drops what is not addressed to it (13.1)", () => {
    const s = structuredClone(snapshot);
    s.NetworkInterfaces[4]!.SourceDestCheck = true;
    const v = scenario(s).ask({ Source: "i-app", Destination: "i-db", Protocol: "tcp", DestinationPort: 5432 });
    expect(v.codes).toEqual(["ENI_SOURCE_DEST_CHECK_RESTRICTION"]);
    expect(v.forward.at(-1)).toBe("eni-fw");
  });

  it("stopped instances: BAD_STATE as source and as destination (13.3)", () => {
    expect(ask({ Source: "i-stopped", Destination: "i-app", Protocol: "tcp", DestinationPort: 22 })).toMatchObject({ codes: ["BAD_STATE"], forward: ["i-stopped"] });
    expect(ask({ Source: "i-app", Destination: "i-stopped", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["BAD_STATE"]);
  });

  it("a detached interface cannot send (BAD_STATE_ATTACHMENT) nor be reached from the internet (13.3)", () => {
    expect(ask({ Source: "eni-spare", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["BAD_STATE_ATTACHMENT"]);
    expect(ask({ Source: "igw-main", SourceIp: "198.51.100.7", Destination: "54.10.0.30", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
  });

  it("a blackhole route drops traffic (1.10)", () => {
    const v = ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["BAD_STATE_ROUTE"]);
    expect(v.analysis.Explanations[0]?.RouteTableRoute?.State).toBe("blackhole");
  });

  it("a security group with no inbound rules: SG_HAS_NO_RULES (5.2, 5.12)", () => {
    expect(ask({ Source: "i-app", Destination: "i-closed", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["SG_HAS_NO_RULES"]);
  });

  it("a secondary private address without a public IP is dropped at the IGW (2.4, Batfish testToInternetInvalidPrivateIp)", () => {
    expect(ask({ Source: "i-web", SourceIp: "10.0.1.11", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 40000 }).codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
    const primary = ask({ Source: "i-web", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 40000 });
    expect(primary.forward.at(-1)).toBe("igw-main");
    expect(primary.back).toEqual(["igw-main", "acl-web"]);
  });

  it("a source address the interface does not own is stopped by source/destination check (13.1)", () => {
    expect(ask({ Source: "i-web", SourceIp: "10.0.1.99", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["ENI_SOURCE_DEST_CHECK_RESTRICTION"]);
  });

  it("an address no interface holds: nothing answers (NO_POSSIBLE_DESTINATION), in the same subnet or another (Batfish 7.9)", () => {
    expect(ask({ Source: "i-app", Destination: "10.0.2.99", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
    const v = ask({ Source: "i-db", Destination: "10.0.4.99", Protocol: "icmp" });
    expect(v.codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
    expect(ask({ Source: "i-app", Destination: "10.0.3.99", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
  });

  it("VPCs joined by nothing: DISCONNECTED_VPCS", () => {
    expect(ask({ Source: "i-db", Destination: "i-other", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["DISCONNECTED_VPCS"]);
  });

  it("an instance with several interfaces is addressed by its primary interface", () => {
    const v = ask({ Source: "i-web", Destination: "i-app", Protocol: "icmp" });
    expect(v.forward.at(-2)).toBe("eni-app");
  });
});
