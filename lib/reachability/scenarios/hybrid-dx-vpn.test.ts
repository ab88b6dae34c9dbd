/**
 * Source: a hybrid design from the AWS Direct Connect User Guide ("Direct Connect gateways", "Allowed prefixes
 * interactions", "Transit virtual interfaces") and the Site-to-Site VPN guide ("VPN route priority": Direct
 * Connect BGP routes beat VPN routes for the same prefix; tunnel health first): production VPC reached over a
 * private VIF through a Direct Connect gateway (allowed prefix 10.20.1.0/24) with a static VPN as backup on the
 * same VGW; a development VPC on a transit gateway reached over a transit VIF. Also NAT gateway, gateway endpoint
 * and peering are not usable from on-premises (NAT gateway guide, gateway endpoint limitations, 7.4).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./hybrid-dx-vpn.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const edit = (f: (s: typeof snapshot) => void) => {
  const s = structuredClone(snapshot);
  f(s);
  return scenario(s).ask;
};
const toDc = { Source: "i-prod", Destination: "cgw-dc1", DestinationIp: "172.16.8.8", Protocol: "tcp", DestinationPort: 22 };

describe("scenario: hybrid Direct Connect and VPN", () => {
  it("Direct Connect beats VPN for the same on-premises prefix (12.3, 1.7)", () => {
    const v = ask(toDc);
    expect(v.found).toBe(true);
    expect(v.forward.slice(-4)).toEqual(["rtb-prod-app", "vgw-prod", "dxgw-corp", "dxvif-private"]);
    expect(v.forward).not.toContain("vpn-backup");
    expect(v.back.slice(0, 3)).toEqual(["dxvif-private", "dxgw-corp", "vgw-prod"]);
  });

  it("with the virtual interface down, the VGW fails over to the VPN (routes withdrawn, tunnel health first)", () => {
    const v = edit((s) => (s.virtualInterfaces[0]!.virtualInterfaceState = "down"))(toDc);
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["vgw-prod", "vpn-backup", "cgw-dc1"]);
  });

  it("with both down: BAD_STATE_VPN for the VPN it would use", () => {
    const v = edit((s) => {
      s.virtualInterfaces[0]!.virtualInterfaceState = "down";
      for (const t of s.VpnConnections[0]!.VgwTelemetry) t.Status = "DOWN";
    })(toDc);
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
  });

  it("on-premises reaches production over the private VIF and the DX gateway, and the reply returns", () => {
    const v = ask({ Source: "dxvif-private", SourceIp: "172.16.8.8", Destination: "i-prod", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["dxvif-private", "dxgw-corp", "vgw-prod", "acl-default-vpc-prod", "sg-prod", "eni-of-i-prod", "i-prod"]);
  });

  it("allowed prefixes limit what on-premises reaches through the DX gateway (12.2)", () => {
    const v = ask({ Source: "dxvif-private", SourceIp: "172.16.8.8", Destination: "i-prod-public", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["DXGW_ALLOWED_PREFIXES_RESTRICTION"]);
    expect(v.forward).toEqual(["dxvif-private", "dxgw-corp"]);
  });

  it("a virtual interface that is not available is BAD_STATE", () => {
    const v = edit((s) => (s.virtualInterfaces[1]!.virtualInterfaceState = "down"))({ Source: "dxvif-transit", SourceIp: "172.16.8.8", Destination: "i-dev", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["dxvif-transit"]);
  });

  it("a transit VIF reaches a VPC through the DX gateway's transit gateway attachment, both ways (12.1)", () => {
    const v = ask({ Source: "dxvif-transit", SourceIp: "172.16.8.8", Destination: "i-dev", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(0, 6)).toEqual(["dxvif-transit", "dxgw-transit", "tgw-attach-dx", "tgw-1", "tgw-rtb-1", "tgw-attach-dev"]);
    const out = ask({ Source: "i-dev", Destination: "172.16.9.9", Protocol: "tcp", DestinationPort: 22 });
    expect(out.found).toBe(true);
    expect(out.forward.slice(-3)).toEqual(["tgw-attach-dx", "dxgw-transit", "dxvif-transit"]);
  });

  it("a transit VIF's routeFilterPrefixes propagate through the DX gateway attachment (8.6), as listed BGP routes do", () => {
    const ask2 = edit((s) => {
      s.TransitGatewayRouteTables[0]!.Routes = [];
      s.TransitGatewayRouteTables[0]!.Propagations.push({ TransitGatewayAttachmentId: "tgw-attach-dx", State: "enabled" });
      (s.virtualInterfaces[1] as Record<string, unknown>).routeFilterPrefixes = [{ cidr: "172.16.0.0/16" }];
    });
    const v = ask2({ Source: "i-dev", Destination: "172.16.9.9", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "tgw-rtb-1")?.TransitGatewayRouteTableRoute).toMatchObject({ DestinationCidr: "172.16.0.0/16", RouteOrigin: "propagated", ResourceType: "direct-connect-gateway" });
  });

  it("no transit from on-premises into a peered VPC, to the NAT gateway or the gateway endpoint (7.4, 4.6, 9.3, 12.4)", () => {
    const viaVgw = edit((s) => {
      s.virtualInterfaces[0]!.directConnectGatewayId = undefined as unknown as string;
      (s.virtualInterfaces[0] as Record<string, unknown>).virtualGatewayId = "vgw-prod";
    });
    for (const dst of ["10.40.1.10", "8.8.8.8", "52.218.1.1"]) {
      const v = viaVgw({ Source: "dxvif-private", SourceIp: "172.16.8.8", Destination: dst, Protocol: "tcp", DestinationPort: 443 });
      expect(v.codes, dst).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
      expect(v.forward, dst).toEqual(["dxvif-private", "vgw-prod"]);
    }
    // Through the DX gateway, on-premises only has routes to the associated VPCs.
    expect(ask({ Source: "dxvif-private", SourceIp: "172.16.8.8", Destination: "i-peer", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("the peered VPC cannot reach on-premises through production's VGW (7.4)", () => {
    expect(ask({ Source: "i-peer", Destination: "172.16.9.9", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
  });
});
