// The widget paths of lessons 09 (hybrid connectivity) and 10 (monitoring and troubleshooting): each probe, lab and
// claim gives the outcome the lesson's text describes, hop by hop where the text names the hops, and each lab's
// suggested fix works (applied to a copy of the network, as the lab would).
import { describe, expect, it } from "vitest";
import { analyze, parseQuery, type Analysis } from "@/lib/reachability";
import { loadNetwork } from "@/components/network/load-network";
import { readNetwork } from "@/components/network/test-networks";

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function asker(snapshot: unknown) {
  const loaded = loadNetwork(snapshot);
  if (!loaded.ok) throw new Error(loaded.error);
  return (q: { Source: string; SourceIp?: string; Destination: string; DestinationPort: number }): Analysis =>
    analyze(loaded.model, parseQuery({ Protocol: "tcp", ...q }));
}
const forward = (a: Analysis) => a.ForwardPathComponents.map((c) => c.Component.Id);
const back = (a: Analysis) => (a.ReturnPathComponents ?? []).map((c) => c.Component.Id);
const code = (a: Analysis) => a.Explanations?.[0]?.ExplanationCode;
const copy = (name: string) => structuredClone(readNetwork(name)) as Json;

describe("lesson-09-site-to-site-vpn", () => {
  const ask = asker(readNetwork("lesson-09-site-to-site-vpn"));

  it("app reaches the office through vgw-shop and vpn-office although one tunnel is DOWN; the reply returns the same way", () => {
    const a = ask({ Source: "i-app", Destination: "192.168.10.5", DestinationPort: 443 });
    expect(a.NetworkPathFound).toBe(true);
    expect(forward(a).slice(-4)).toEqual(["rtb-app", "vgw-shop", "vpn-office", "cgw-office"]);
    expect(back(a).slice(0, 3)).toEqual(["cgw-office", "vpn-office", "vgw-shop"]);
  });

  it("reports has no route to the office (rtb-reports, no propagation), and the lab's static route fixes it", () => {
    const a = ask({ Source: "i-reports", Destination: "192.168.10.5", DestinationPort: 443 });
    expect(code(a)).toBe("NO_ROUTE_TO_DESTINATION");
    expect(a.Explanations?.[0]?.Component?.Id).toBe("rtb-reports");
    const fixed = copy("lesson-09-site-to-site-vpn");
    fixed.RouteTables.find((t: Json) => t.RouteTableId === "rtb-reports").Routes.push({ DestinationCidrBlock: "192.168.0.0/16", GatewayId: "vgw-shop" });
    const b = asker(fixed)({ Source: "i-reports", Destination: "192.168.10.5", DestinationPort: 443 });
    expect(b.NetworkPathFound).toBe(true);
    expect(forward(b)).toContain("vpn-office");
  });

  it("turning on propagation for vgw-shop in rtb-reports fixes it too (what the text says for a real account)", () => {
    const fixed = copy("lesson-09-site-to-site-vpn");
    fixed.RouteTables.find((t: Json) => t.RouteTableId === "rtb-reports").PropagatingVgws = [{ GatewayId: "vgw-shop" }];
    expect(asker(fixed)({ Source: "i-reports", Destination: "192.168.10.5", DestinationPort: 443 }).NetworkPathFound).toBe(true);
  });

  it("the branch VPN with both tunnels DOWN is BAD_STATE_VPN at vpn-branch; one tunnel UP would carry it", () => {
    const a = ask({ Source: "i-app", Destination: "172.20.1.10", DestinationPort: 443 });
    expect(code(a)).toBe("BAD_STATE_VPN");
    expect(forward(a).at(-1)).toBe("vpn-branch");
    const up = copy("lesson-09-site-to-site-vpn");
    up.VpnConnections.find((v: Json) => v.VpnConnectionId === "vpn-branch").VgwTelemetry[0].Status = "UP";
    expect(asker(up)({ Source: "i-app", Destination: "172.20.1.10", DestinationPort: 443 }).NetworkPathFound).toBe(true);
  });

  it("the office reaches app on 443, SSH only from the admins' /24, and nothing beyond the VPC", () => {
    expect(ask({ Source: "vpn-office", SourceIp: "192.168.10.5", Destination: "i-app", DestinationPort: 443 }).NetworkPathFound).toBe(true);
    const ssh = ask({ Source: "vpn-office", SourceIp: "192.168.10.5", Destination: "i-app", DestinationPort: 22 });
    expect(code(ssh)).toBe("ENI_SG_RULES_MISMATCH");
    expect(ask({ Source: "vpn-office", SourceIp: "192.168.50.5", Destination: "i-app", DestinationPort: 22 }).NetworkPathFound).toBe(true);
    expect(code(ask({ Source: "vpn-office", SourceIp: "192.168.10.5", Destination: "8.8.8.8", DestinationPort: 443 }))).toBe("VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
  });
});

describe("lesson-09-transit-hybrid", () => {
  const ask = asker(readNetwork("lesson-09-transit-hybrid"));

  it("traffic to the data centre takes Direct Connect (the transit VIF), not the VPN, for the same prefix", () => {
    for (const source of ["i-app", "i-data"]) {
      const a = ask({ Source: source, Destination: "192.168.10.5", DestinationPort: 443 });
      expect(a.NetworkPathFound, source).toBe(true);
      expect(forward(a).slice(-3), source).toEqual(["tgw-attach-dx", "dxgw-dc", "dxvif-transit"]);
      expect(forward(a), source).not.toContain("vpn-dc");
    }
  });

  it("with the transit VIF down and its BGP routes withdrawn, the VPN's propagated route carries the traffic (the text's backup design)", () => {
    // A down VIF's BGP session announces nothing, so its prefix leaves the table. The engine derives a transit VIF's
    // propagated routes from routeFilterPrefixes whatever the VIF's state, so the withdrawal is written out here.
    const down = copy("lesson-09-transit-hybrid");
    down.virtualInterfaces[0].virtualInterfaceState = "down";
    delete down.virtualInterfaces[0].routeFilterPrefixes;
    const a = asker(down)({ Source: "i-data", Destination: "192.168.10.5", DestinationPort: 443 });
    expect(a.NetworkPathFound).toBe(true);
    expect(forward(a)).toContain("tgw-attach-vpn");
    expect(forward(a).at(-1)).toBe("cgw-dc");
  });

  it("the data centre reaches data on 5432 through the transit VIF, SSH stops at sg-data, app cannot reach data", () => {
    const db = ask({ Source: "dxvif-transit", SourceIp: "192.168.10.5", Destination: "i-data", DestinationPort: 5432 });
    expect(db.NetworkPathFound).toBe(true);
    expect(forward(db).slice(0, 6)).toEqual(["dxvif-transit", "dxgw-dc", "tgw-attach-dx", "tgw-hub", "tgw-rtb-hub", "tgw-attach-data"]);
    expect(code(ask({ Source: "dxvif-transit", SourceIp: "192.168.10.5", Destination: "i-data", DestinationPort: 22 }))).toBe("ENI_SG_RULES_MISMATCH");
    const a = ask({ Source: "i-app", Destination: "i-data", DestinationPort: 5432 });
    expect(code(a)).toBe("NO_ROUTE_TO_DESTINATION");
    expect(a.Explanations?.[0]?.Component?.Id).toBe("rtb-app");
  });
});

describe("lesson-10-troubleshooting", () => {
  const ask = asker(readNetwork("lesson-10-troubleshooting"));

  it("HTTPS to web: the request reaches the instance, the reply is denied by acl-web outbound", () => {
    const a = ask({ Source: "igw-shop", Destination: "i-web", DestinationPort: 443 });
    expect(a.NetworkPathFound).toBe(false);
    expect(forward(a).at(-1)).toBe("i-web");
    expect(back(a).at(-1)).toBe("acl-web");
    expect(code(a)).toBe("SUBNET_ACL_RESTRICTION");
    expect(a.Explanations?.[0]?.Direction).toBe("egress");
  });

  it("the lab's outbound rule 120 (TCP 1024-65535) fixes HTTPS and leaves internet SSH blocked by sg-web", () => {
    const fixed = copy("lesson-10-troubleshooting");
    const acl = fixed.NetworkAcls.find((n: Json) => n.NetworkAclId === "acl-web");
    acl.Entries.push({ RuleNumber: 120, Protocol: "6", RuleAction: "allow", Egress: true, CidrBlock: "0.0.0.0/0", PortRange: { From: 1024, To: 65535 } });
    const fixedAsk = asker(fixed);
    expect(fixedAsk({ Source: "igw-shop", Destination: "i-web", DestinationPort: 443 }).NetworkPathFound).toBe(true);
    expect(code(fixedAsk({ Source: "igw-shop", Destination: "i-web", DestinationPort: 22 }))).toBe("ENI_SG_RULES_MISMATCH");
  });

  it("web's own HTTPS out works; SSH from the internet stops at sg-web", () => {
    expect(ask({ Source: "i-web", Destination: "198.51.100.20", DestinationPort: 443 }).NetworkPathFound).toBe(true);
    const ssh = ask({ Source: "igw-shop", Destination: "i-web", DestinationPort: 22 });
    expect(code(ssh)).toBe("ENI_SG_RULES_MISMATCH");
    expect(forward(ssh).at(-1)).toBe("sg-web");
  });

  it("api: the request arrives, the reply has no route in rtb-api; the lab's default route to igw-shop fixes it", () => {
    const a = ask({ Source: "igw-shop", Destination: "i-api", DestinationPort: 443 });
    expect(forward(a).at(-1)).toBe("i-api");
    expect(code(a)).toBe("NO_ROUTE_TO_DESTINATION");
    expect(a.Explanations?.[0]?.Component?.Id).toBe("rtb-api");
    const fixed = copy("lesson-10-troubleshooting");
    fixed.RouteTables.find((t: Json) => t.RouteTableId === "rtb-api").Routes.push({ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-shop" });
    expect(asker(fixed)({ Source: "igw-shop", Destination: "i-api", DestinationPort: 443 }).NetworkPathFound).toBe(true);
  });
});
