import { describe, expect, it } from "vitest";
import { parseAddress } from "./cidr";
import { EXPLANATION_CODES } from "./explanation-codes";
import { makeExplanation, sentenceFor } from "./explain";
import type { Packet } from "./packet";

const p: Packet = { src: parseAddress("203.0.113.7")!, dst: parseAddress("10.0.1.5")!, protocol: "tcp", srcPort: 443, dstPort: 50000, icmpType: -1, icmpCode: -1 };

describe("explain", () => {
  it("speaks the console's language for a NACL block on a reply", () => {
    const s = sentenceFor("SUBNET_ACL_RESTRICTION", { Direction: "ingress", Acl: { Id: "acl-0a1" }, Subnet: { Id: "subnet-web" }, AclRule: { Cidr: "0.0.0.0/0", Egress: false, Protocol: "all", RuleAction: "deny", RuleNumber: 32767 } }, p, "return");
    expect(s).toBe("Network ACL acl-0a1 (subnet-web) inbound: no rule allows tcp 50000 from 203.0.113.7; rule * DENY matched. Network ACLs are stateless: add an inbound ALLOW for tcp 1024-65535 (the reply's ephemeral ports) before any DENY.");
  });

  it("asks for the request's own port, not ephemeral ports, when a request is blocked (even to a port above 1023)", () => {
    const request: Packet = { src: parseAddress("10.0.1.10")!, dst: parseAddress("10.0.2.10")!, protocol: "tcp", srcPort: 50000, dstPort: 5432, icmpType: -1, icmpCode: -1 };
    const s = sentenceFor("SUBNET_ACL_RESTRICTION", { Direction: "ingress", Acl: { Id: "acl-db" }, Subnet: { Id: "subnet-db" }, AclRule: { Cidr: "0.0.0.0/0", Egress: false, Protocol: "all", RuleAction: "deny", RuleNumber: 32767 } }, request, "forward");
    expect(s).toBe("Network ACL acl-db (subnet-db) inbound: no rule allows tcp 5432 from 10.0.1.10; rule * DENY matched. Add an inbound ALLOW for tcp 5432 from 10.0.1.10 before any DENY.");
    expect(s).not.toMatch(/ephemeral/);
  });

  it("has a sentence for every code", () => {
    for (const code of EXPLANATION_CODES) expect(sentenceFor(code, { Component: { Id: "x-1" } }, p).length, code).toBeGreaterThan(15);
  });

  it("keeps RA's fields and adds the sentence", () => {
    const e = makeExplanation("NO_ROUTE_TO_DESTINATION", { Component: { Id: "rtb-1" }, RouteTable: { Id: "rtb-1" } }, p);
    expect(e.ExplanationCode).toBe("NO_ROUTE_TO_DESTINATION");
    expect(e.RouteTable).toEqual({ Id: "rtb-1" });
    expect(e.Explanation).toMatch(/^Route table rtb-1 has no route/);
  });
});
