/**
 * Source: AWS Site-to-Site VPN User Guide, "Route tables and AWS Site-to-Site VPN route priority" (example: a
 * static route to an internet gateway and a propagated route to the VGW for the same 172.31.0.0/24: the static one
 * wins; the local route wins over a more specific propagated route), and Amazon VPC "How route priority works".
 * Propagated routes come from the VPN connection's static routes through PropagatingVgws.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./vpn-route-priority.json";
import { scenario } from "./harness";

const { ask, model } = scenario(snapshot);
const VGW = "vgw-11223344556677889";

describe("scenario: Site-to-Site VPN route priority", () => {
  it("route propagation adds the VPN's static routes to the route table, targeting the VGW (11.2)", () => {
    const routes = model.routeTables.get("rtb-main")!.routes.filter((r) => r.kind === "propagated").map((r) => `${r.destination.text}>${r.target.id}`);
    expect(routes.sort()).toEqual([`10.0.5.0/24>${VGW}`, `172.16.0.0/16>${VGW}`, `172.31.0.0/24>${VGW}`]);
  });

  it("a static route beats a propagated route with the same destination (1.8, 11.3): 172.31.0.0/24 goes to the internet gateway", () => {
    const v = ask({ Source: "i-app", Destination: "172.31.0.10", Protocol: "tcp", DestinationPort: 22 });
    const hop = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "rtb-main");
    expect(hop?.RouteTableRoute?.GatewayId).toBe("igw-12345678901234567");
    expect(v.forward.at(-1)).toBe("igw-12345678901234567");
    expect(v.codes).toEqual(["IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS"]);
  });

  it("the local route beats a more specific propagated route (1.6, 11.3): 10.0.5.0/24 stays in the VPC", () => {
    const v = ask({ Source: "i-app", Destination: "i-db", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).not.toContain(VGW);
  });

  it("a propagated route carries the rest of the remote network over the VPN, both ways (11.2)", () => {
    const out = ask({ Source: "i-app", Destination: "cgw-office", DestinationIp: "172.16.4.4", Protocol: "tcp", DestinationPort: 22 });
    expect(out.found).toBe(true);
    expect(out.forward.slice(-4)).toEqual(["rtb-main", VGW, "vpn-office", "cgw-office"]);
    expect(out.back).toEqual(["cgw-office", "vpn-office", VGW, "acl-default-vpc-1", "sg-app", "eni-of-i-app", "i-app"]);
    const inbound = ask({ Source: "vpn-office", SourceIp: "172.16.4.4", Destination: "i-app", Protocol: "tcp", DestinationPort: 22 });
    expect(inbound.found).toBe(true);
  });

  it("the VGW accepts from on-premises only traffic to interfaces of its VPC (11.4)", () => {
    const v = ask({ Source: "vpn-office", SourceIp: "172.16.4.4", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["cgw-office", "vpn-office", VGW]);
  });

  it("without route propagation and without a static route the reply has no route (11.2)", () => {
    const s = structuredClone(snapshot) as { RouteTables: { PropagatingVgws?: unknown }[] };
    delete s.RouteTables[0]!.PropagatingVgws;
    const v = scenario(s).ask({ Source: "vpn-office", SourceIp: "172.16.4.4", Destination: "i-app", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.forward.at(-1)).toBe("i-app");
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("a connection with every tunnel DOWN is BAD_STATE_VPN; one tunnel UP suffices (11.1)", () => {
    const s = structuredClone(snapshot);
    s.VpnConnections[0]!.VgwTelemetry[0]!.Status = "DOWN";
    expect(scenario(s).ask({ Source: "i-app", Destination: "172.16.4.4", Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
    s.VpnConnections[0]!.VgwTelemetry[1]!.Status = "DOWN";
    const v = scenario(s).ask({ Source: "i-app", Destination: "172.16.4.4", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
    expect(v.forward.at(-1)).toBe("vpn-office");
  });
});
