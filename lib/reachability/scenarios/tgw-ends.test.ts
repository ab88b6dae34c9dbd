/**
 * Source: Reachability Analyzer User Guide, "How Reachability Analyzer works" (transit gateways are among the
 * source and destination resources) and Transit Gateway Guide, "Transit gateway route tables" / "Resource
 * attachments" (8.2, 8.5, 8.8). describe-transit-gateway-* shapes as the AWS CLI prints them (default route table
 * with propagated VPC routes listed by search-transit-gateway-routes, a static blackhole for 10.3.0.0/16); each
 * VPC routes 10.0.0.0/8 to tgw-0123; VPC A's attachment has a subnet in us-east-1a only.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-ends.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: a transit gateway as the destination", () => {
  it("i-0a1 -> tgw-0123 (no DestinationIp): an address the source subnet routes to the transit gateway, delivered there (was 192.0.2.10, NO_ROUTE_TO_DESTINATION)", () => {
    const v = ask({ Source: "i-0a1", Destination: "tgw-0123", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward.slice(0, 5)).toEqual(["i-0a1", "eni-of-i-0a1", "sg-0a", "acl-default-vpc-0a", "rtb-0a"]);
    expect(v.forward).toContain("tgw-0123");
    const dst = v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses?.[0] ?? "";
    expect(dst.startsWith("10.")).toBe(true);
    expect(dst.startsWith("10.1.")).toBe(false);
  });

  it("from an AZ without an attachment subnet the transit gateway is out of reach (TGW_ROUTE_AZ_RESTRICTION, 8.2)", () => {
    const v = ask({ Source: "i-0a2", Destination: "tgw-0123", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
  });

  it("with a DestinationIp the query's address is used as given", () => {
    const v = ask({ Source: "i-0a1", Destination: "tgw-0123", DestinationIp: "10.2.1.10", Protocol: "tcp", DestinationPort: 443 });
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses).toEqual(["10.2.1.10/32"]);
  });
});
