/**
 * Source: Transit Gateway guide ("How transit gateways work": route tables, association, propagation, static and
 * blackhole routes, route evaluation order; "VPC attachments": resources in an AZ without an attachment subnet cannot
 * reach the transit gateway; "Site-to-Site VPN attachments": equal-cost multipath over VPN connections), Site-to-Site
 * VPN guide (tunnel status), Direct Connect guide (transit VIF, allowed prefixes), RA explanation codes.
 * Third blind pass: realistic describe-* / search-transit-gateway-routes output, built before reading the code.
 *
 * Snapshot tgw-hybrid-hub.json: a hub transit gateway with default association and propagation disabled, four route
 * tables for isolation (prod: shared + VPN BGP + a blackhole for dev + a static route to a static VPN; dev: shared only;
 * shared: everything; on-premises: prod and shared), a BGP VPN (one tunnel UP), a static VPN (both tunnels DOWN), a
 * Direct Connect gateway with a transit VIF (allowed prefixes prod and shared). Prod's attachment has a subnet in
 * us-east-1a only; i-0prodbbbbbbbbbbb1 is in us-east-1b.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-hybrid-hub.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const PROD = "i-0prodaaaaaaaaaaa1";
const PROD_B = "i-0prodbbbbbbbbbbb1";
const DEV = "i-0devaaaaaaaaaaaa1";
const SHARED = "i-0shrdaaaaaaaaaaa1";
const tcp = (Source: string, Destination: string, extra: Record<string, unknown> = {}) => ({ Source, Destination, Protocol: "tcp", DestinationPort: 443, ...extra });
const edit = (f: (s: typeof snapshot) => void) => {
  const s = structuredClone(snapshot);
  f(s);
  return scenario(s).ask;
};

describe("scenario: a hybrid transit gateway hub (third blind pass)", () => {
  it("prod reaches shared through its own route table, and shared's table routes the reply (8.5, 8.6)", () => {
    const v = ask(tcp(PROD, SHARED));
    expect(v.found).toBe(true);
    expect(v.forward.slice(6, 10)).toEqual(["tgw-attach-0prod00000001", "tgw-0hub00000000000001", "tgw-rtb-0prod000000001", "tgw-attach-0shrd0000001"]);
    expect(v.back).toContain("tgw-rtb-0shrd000000001");
  });

  it("a static blackhole route isolates dev from prod (8.8: TGW_RTB_BAD_STATE_ROUTE)", () => {
    const v = ask(tcp(PROD, DEV));
    expect(v.codes).toEqual(["TGW_RTB_BAD_STATE_ROUTE"]);
    expect(v.forward.at(-1)).toBe("tgw-rtb-0prod000000001");
  });

  it("dev's table has no route to prod (isolation by separate route tables)", () => {
    expect(ask(tcp(DEV, PROD)).codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
  });

  it("an instance in an AZ without an attachment subnet cannot reach the transit gateway (8.2)", () => {
    const v = ask(tcp(PROD_B, SHARED));
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    expect(v.forward.at(-1)).toBe("tgw-attach-0prod00000001");
  });

  it("a BGP VPN's listed propagated route carries traffic to on-premises while one tunnel is UP, both ways", () => {
    const v = ask(tcp(PROD, "192.168.5.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["tgw-attach-0vpnbgp00001", "vpn-0bgp0000000000001", "cgw-0dc100000000001"]);
    expect(v.back).toContain("tgw-rtb-0onprem0000001");
  });

  it("a static route to a VPN attachment whose tunnels are all DOWN: TGW_BAD_STATE_VPN (11.1)", () => {
    const v = ask(tcp(PROD, "172.16.1.1"));
    expect(v.codes).toEqual(["TGW_BAD_STATE_VPN"]);
    expect(v.forward.slice(-2)).toEqual(["tgw-attach-0vpnsta00001", "vpn-0sta0000000000001"]);
  });

  it("a static route beats a propagated one for the same CIDR (8.9)", () => {
    const v = edit((s) => {
      s.TransitGatewayRouteTables[0]!.Routes.push({ DestinationCidrBlock: "10.3.0.0/16", Type: "static", State: "active", TransitGatewayAttachments: [{ ResourceId: "vpn-0bgp0000000000001", TransitGatewayAttachmentId: "tgw-attach-0vpnbgp00001", ResourceType: "vpn" }] });
    })(tcp(PROD, SHARED));
    expect(v.found).toBe(false);
    expect(v.forward).toContain("tgw-attach-0vpnbgp00001");
    expect(v.forward).not.toContain("tgw-attach-0shrd0000001");
  });

  it("a Direct Connect gateway route beats a VPN route for the same CIDR (8.9)", () => {
    const v = edit((s) => {
      s.TransitGatewayRouteTables[0]!.Routes.unshift({ DestinationCidrBlock: "192.168.0.0/16", Type: "propagated", State: "active", TransitGatewayAttachments: [{ ResourceId: "5f7a8a9b-1c2d-4e5f-8a9b-0c1d2e3f4a5b", TransitGatewayAttachmentId: "tgw-attach-0dxgw0000001", ResourceType: "direct-connect-gateway" }] });
    })(tcp(PROD, "192.168.5.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["tgw-attach-0dxgw0000001", "5f7a8a9b-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "dxvif-ftransit1"]);
  });

  it("an attachment that is not associated with any route table: TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION (8.5)", () => {
    const v = edit((s) => {
      s.TransitGatewayRouteTables[0]!.Associations[0]!.State = "disassociated";
      delete (s.TransitGatewayAttachments[0] as { Association?: unknown }).Association;
    })(tcp(PROD, SHARED));
    expect(v.codes).toEqual(["TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"]);
  });

  it("a disabled propagation installs no route when routes are derived (8.6)", () => {
    const without = (state: string) =>
      edit((s) => {
        s.TransitGatewayRouteTables[0]!.Propagations[0]!.State = state;
        for (const t of s.TransitGatewayRouteTables) delete (t as { Routes?: unknown }).Routes;
      })(tcp(PROD, SHARED));
    expect(without("enabled").found).toBe(true);
    expect(without("disabled").codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
  });

  it("a transit VIF reaches prod through the DX gateway's attachment; dev is outside the allowed prefixes (12.2)", () => {
    const toProd = ask({ Source: "dxvif-ftransit1", SourceIp: "172.20.1.5", Destination: PROD, Protocol: "tcp", DestinationPort: 22 });
    expect(toProd.forward.slice(0, 5)).toEqual(["dxvif-ftransit1", "5f7a8a9b-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "tgw-attach-0dxgw0000001", "tgw-0hub00000000000001", "tgw-rtb-0onprem0000001"]);
    // search-transit-gateway-routes lists no BGP route for 172.20.0.0/16 in prod's table: the reply has no route.
    expect(toProd.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(ask({ Source: "dxvif-ftransit1", SourceIp: "172.20.1.5", Destination: DEV, Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["DXGW_ALLOWED_PREFIXES_RESTRICTION"]);
  });

  it("routes derived from a transit VIF's prefixes exist only while the VIF is available: a VIF that is down announces nothing (12.2)", () => {
    const derived = (state: string) =>
      edit((s) => {
        for (const t of s.TransitGatewayRouteTables) delete (t as { Routes?: unknown }).Routes;
        s.virtualInterfaces[0]!.routeFilterPrefixes = [{ cidr: "192.168.0.0/16" }] as never;
        s.virtualInterfaces[0]!.virtualInterfaceState = state;
      })(tcp(PROD, "192.168.5.5"));
    const up = derived("available");
    expect(up.found).toBe(true);
    expect(up.forward.slice(-3)).toEqual(["tgw-attach-0dxgw0000001", "5f7a8a9b-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "dxvif-ftransit1"]);
    // Down: the BGP routes are withdrawn, so prod's table has no route for on-premises (the BGP VPN's prefixes are
    // not in describe output either); the packet never reaches the VIF (was BAD_STATE at the VIF).
    const down = derived("down");
    expect(down.found).toBe(false);
    expect(down.forward).not.toContain("dxvif-ftransit1");
    expect(down.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
  });

  it("tunnel health before route attributes (VPN route priority): a static route to a DOWN VPN gives way to a live BGP VPN's less specific route", () => {
    const v = edit((s) => {
      s.TransitGatewayRouteTables[0]!.Routes.push({ DestinationCidrBlock: "172.16.0.0/12", Type: "propagated", State: "active", TransitGatewayAttachments: [{ ResourceId: "vpn-0bgp0000000000001", TransitGatewayAttachmentId: "tgw-attach-0vpnbgp00001", ResourceType: "vpn" }] });
    })(tcp(PROD, "172.16.1.1"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["tgw-attach-0vpnbgp00001", "vpn-0bgp0000000000001", "cgw-0dc100000000001"]);
  });

  it("ECMP over two VPN attachments: traffic uses the one whose tunnels are UP, whatever the listing order", () => {
    const v = edit((s) => {
      const r = s.TransitGatewayRouteTables[0]!.Routes.find((x) => x.DestinationCidrBlock === "192.168.0.0/16")!;
      r.TransitGatewayAttachments!.unshift({ ResourceId: "vpn-0sta0000000000001", TransitGatewayAttachmentId: "tgw-attach-0vpnsta00001", ResourceType: "vpn" });
    })(tcp(PROD, "192.168.5.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual(["tgw-attach-0vpnbgp00001", "vpn-0bgp0000000000001", "cgw-0dc100000000001"]);
  });
});
