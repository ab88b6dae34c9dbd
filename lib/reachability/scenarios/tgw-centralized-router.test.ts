/**
 * Source: AWS Transit Gateway guide, "Example: Centralized router" (one transit gateway route table, the default
 * association and propagation table, with every VPC attachment and a Site-to-Site VPN attachment associated and
 * propagating), and "Route evaluation order" / "Route propagation" (VPC CIDRs propagated, BGP routes of the VPN
 * as listed by search-transit-gateway-routes); VPC route tables point to the transit gateway (not filled in by it).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-centralized-router.json";
import { scenario } from "./harness";

const { ask, model } = scenario(snapshot);
const variant = (edit: (s: typeof snapshot) => void) => {
  const s = structuredClone(snapshot);
  edit(s);
  return scenario(s).ask;
};

describe("scenario: transit gateway as a centralized router", () => {
  it("VPC A reaches VPC B through the transit gateway, and the reply returns (8.5, 8.6)", () => {
    const v = ask({ Source: "i-a", Destination: "i-b", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-a", "eni-of-i-a", "sg-a", "acl-default-vpc-a", "rtb-a", "acl-default-vpc-a", "tgw-attach-a", "tgw-1", "tgw-rtb-main", "tgw-attach-b", "sg-b", "eni-of-i-b", "i-b"]);
    expect(v.back).toEqual(["i-b", "eni-of-i-b", "sg-b", "acl-default-vpc-b", "rtb-b", "acl-default-vpc-b", "tgw-attach-b", "tgw-1", "tgw-rtb-main", "tgw-attach-a", "sg-a", "eni-of-i-a", "i-a"]);
    const route = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "tgw-rtb-main")?.TransitGatewayRouteTableRoute;
    expect(route).toMatchObject({ DestinationCidr: "10.2.0.0/16", AttachmentId: "tgw-attach-b", ResourceId: "vpc-b", ResourceType: "vpc", RouteOrigin: "propagated", State: "active" });
    expect(v.analysis.AdditionalDetails ?? []).toEqual([]);
  });

  it("propagation installs each VPC's CIDR; the VPN's BGP route is taken as listed (8.6)", () => {
    const ask2 = ask({ Source: "i-c", Destination: "i-a", Protocol: "icmp" });
    expect(ask2.found).toBe(true);
    expect(model.components.get("tgw-rtb-main")).toBeDefined();
  });

  it("a VPC reaches the on-premises network over the VPN attachment, and on-premises reaches the VPC (11.5)", () => {
    const out = ask({ Source: "i-a", Destination: "cgw-1", DestinationIp: "192.168.0.10", Protocol: "tcp", DestinationPort: 443 });
    expect(out.found).toBe(true);
    expect(out.forward.slice(-5)).toEqual(["tgw-1", "tgw-rtb-main", "tgw-attach-vpn", "vpn-1", "cgw-1"]);
    const inbound = ask({ Source: "vpn-1", SourceIp: "192.168.0.10", Destination: "i-c", Protocol: "tcp", DestinationPort: 22 });
    expect(inbound.found).toBe(true);
    expect(inbound.forward.slice(0, 5)).toEqual(["cgw-1", "vpn-1", "tgw-attach-vpn", "tgw-1", "tgw-rtb-main"]);
    expect(ask({ Source: "i-b", Destination: "192.168.0.99", Protocol: "udp", DestinationPort: 53 }).found).toBe(true);
  });

  it("one tunnel UP suffices; every tunnel DOWN is TGW_BAD_STATE_VPN (11.1, 11.5)", () => {
    const down = variant((s) => {
      for (const t of s.VpnConnections[0]!.VgwTelemetry) t.Status = "DOWN";
    });
    const v = down({ Source: "i-a", Destination: "cgw-1", DestinationIp: "192.168.0.10", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_BAD_STATE_VPN"]);
    expect(v.forward.at(-1)).toBe("vpn-1");
  });

  it("a VPN attachment that is not available blocks traffic from on-premises (BAD_STATE_ATTACHMENT)", () => {
    const pending = variant((s) => {
      s.TransitGatewayAttachments[3]!.State = "pending";
    });
    const v = pending({ Source: "vpn-1", SourceIp: "192.168.0.10", Destination: "i-c", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["BAD_STATE_ATTACHMENT"]);
    expect(v.forward).toEqual(["cgw-1", "vpn-1", "tgw-attach-vpn", "tgw-1"]);
  });

  it("outside the propagated prefixes there is no route (TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT)", () => {
    const v = ask({ Source: "i-a", Destination: "172.20.0.1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(v.forward.at(-1)).toBe("tgw-rtb-main");
  });

  it("VPC route tables are never filled in from the transit gateway (8.7): without B's route the reply has no route", () => {
    const noRoute = variant((s) => {
      s.RouteTables[1]!.Routes = s.RouteTables[1]!.Routes.filter((r) => !("TransitGatewayId" in r));
    });
    const v = noRoute({ Source: "i-a", Destination: "i-b", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward.at(-1)).toBe("i-b");
    expect(v.back.at(-1)).toBe("rtb-b");
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });
});
