/**
 * Source: AWS Transit Gateway guide, "Example: Isolated VPCs with shared services" (and "Isolated VPCs"): the VPC
 * attachments share a route table that propagates only the shared-services VPC and the VPN; the shared-services
 * and VPN attachments share a table that propagates every VPC. The VPCs reach shared services and on-premises,
 * never each other.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-isolated-vpcs-shared-services.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: isolated VPCs with shared services", () => {
  it("a VPC reaches the shared-services VPC; the reply is routed by the shared table (8.5)", () => {
    const v = ask({ Source: "i-a", Destination: "i-shared", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("tgw-rtb-vpcs");
    expect(v.back).toContain("tgw-rtb-shared");
  });

  it("the VPCs are isolated from each other: their table has no route (TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT)", () => {
    const v = ask({ Source: "i-a", Destination: "i-b", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(v.forward.slice(-4)).toEqual(["acl-default-vpc-a", "tgw-attach-a", "tgw-1", "tgw-rtb-vpcs"]);
  });

  it("on-premises reaches every VPC through the VPN (static routes propagated from the VPN attachment, 8.6)", () => {
    for (const dst of ["i-a", "i-b", "i-shared"]) {
      const v = ask({ Source: "cgw-dc", SourceIp: "192.168.10.5", Destination: dst, Protocol: "tcp", DestinationPort: 22 });
      expect(v.found, dst).toBe(true);
      expect(v.forward.slice(0, 5)).toEqual(["cgw-dc", "vpn-dc", "tgw-attach-vpn", "tgw-1", "tgw-rtb-shared"]);
      expect(v.back.slice(-3)).toEqual(["tgw-attach-vpn", "vpn-dc", "cgw-dc"]);
    }
  });

  it("shared services reach on-premises and every VPC (the VPN's static routes propagate into the shared table)", () => {
    expect(ask({ Source: "i-shared", Destination: "192.168.1.1", Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
    expect(ask({ Source: "i-shared", Destination: "i-b", Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
  });

  it("a destination on-premises outside the VPN's static routes has no route", () => {
    expect(ask({ Source: "i-a", Destination: "172.16.0.1", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
  });
});
