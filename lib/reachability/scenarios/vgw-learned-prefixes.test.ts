/**
 * Source: AWS Site-to-Site VPN User Guide, "Route tables and VPN route priority": only prefixes the virtual private
 * gateway knows (BGP advertisements or static route entries) receive traffic from the VPC; among them the longest
 * prefix wins, then Direct Connect BGP, VPN static, VPN BGP. With route propagation on, every route the VGW knows
 * appears in the route table as a propagated route (VPC User Guide, "How route priority works").
 *
 * So a describe-route-tables listing shows what BGP announced: propagated routes to a VGW that no static route of
 * its VPN connections explains were learned over BGP (Direct Connect or a BGP VPN). A private VIF (whose prefixes
 * describe-virtual-interfaces never gives) announces those, not "everything".
 *
 * Snapshot: blind-dx.json (realistic describe-* output): VGW with a private VIF, three static VPNs (192.168.10.0/24,
 * 192.168.20.0/24, 192.168.30.0/24 with both tunnels DOWN), and a main route table listing propagated routes for
 * 192.168.20.0/24 (VPN static), 172.20.0.0/16 and 10.70.2.0/24 (BGP-learned). Open item 3 of the first blind pass.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-dx.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const SRC = "i-0aa1111111111111a";
const q = (Destination: string) => ({ Source: SRC, Destination, Protocol: "tcp", DestinationPort: 443 });

describe("scenario: a VGW with a private VIF and static VPNs; BGP prefixes read from propagated routes", () => {
  it("a prefix only a static VPN names goes over that VPN (longest prefix: the VIF announced 172.20.0.0/16, not it)", () => {
    const v = ask(q("192.168.10.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-4)).toEqual(["rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a001", "cgw-0a1a1a1a1a1a1a1a1"]);
    expect(v.forward).not.toContain("dxvif-ffabc123");
  });

  it("the VIF's announced prefix goes over Direct Connect", () => {
    const v = ask(q("172.20.1.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-2)).toEqual(["vgw-0a1b2c3d4e5f6a7b8", "dxvif-ffabc123"]);
  });

  it("a static VPN whose tunnels are all DOWN is BAD_STATE_VPN: the VIF does not announce its prefix", () => {
    const v = ask(q("192.168.30.5"));
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
    expect(v.forward.slice(-2)).toEqual(["vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a003"]);
  });

  it("without listed BGP routes (a concise snapshot), a VIF with unknown prefixes still beats a static VPN (DX before VPN, 12.3)", () => {
    const s = structuredClone(snapshot);
    for (const t of s.RouteTables) t.Routes = t.Routes.filter((r) => r.Origin !== "EnableVgwRoutePropagation");
    const v = scenario(s).ask(q("192.168.10.5"));
    expect(v.found).toBe(true);
    expect(v.forward.slice(-2)).toEqual(["vgw-0a1b2c3d4e5f6a7b8", "dxvif-ffabc123"]);
  });

  it("a VPN connection that is not available is BAD_STATE_VPN, and the explanation says so (not a tunnel problem)", () => {
    const s = structuredClone(snapshot);
    s.VpnConnections[0]!.State = "pending";
    const v = scenario(s).ask(q("192.168.10.5"));
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
    expect(v.analysis.Explanations[0]?.Explanation).toContain("is pending");
    expect(v.analysis.Explanations[0]?.Explanation).not.toContain("tunnels must be UP");
  });
});
