import { describe, expect, it } from "vitest";
import { parseAddress, parseCidr, type Cidr } from "./cidr";
import { compileRouteTable, selectRoute, type Route, type RouteKind, type RouteTable } from "./route-table";

function route(dest: string, id: string, kind: RouteKind, index: number, state: "active" | "blackhole" = "active"): Route {
  const destination = parseCidr(dest) as Cidr;
  return { destination, target: { field: "GatewayId", id }, kind, state, index, out: { DestinationCidr: destination.text, GatewayId: id } };
}

function table(routes: Route[]): RouteTable {
  return compileRouteTable({ id: "rtb-1", vpcId: "vpc-1", isMain: true, subnetIds: [], gatewayIds: [], routes });
}

const at = (t: RouteTable, ip: string) => selectRoute(t, parseAddress(ip)!).route?.target.id;

describe("route-table", () => {
  it("longest prefix match (1.3)", () => {
    const t = table([route("10.0.0.0/16", "local", "local", 0), route("0.0.0.0/0", "igw-1", "static", 1), route("10.10.2.0/24", "pcx-1", "static", 2), route("10.10.2.15/32", "pcx-2", "static", 3)]);
    expect(at(t, "10.10.2.15")).toBe("pcx-2");
    expect(at(t, "10.10.2.16")).toBe("pcx-1");
    expect(at(t, "10.0.3.3")).toBe("local");
    expect(at(t, "8.8.8.8")).toBe("igw-1");
  });

  it("IPv4 and IPv6 are independent (1.4)", () => {
    const t = table([route("0.0.0.0/0", "igw-1", "static", 0)]);
    expect(at(t, "2001:db8::1")).toBeUndefined();
    const t6 = table([route("::/0", "eigw-1", "static", 0)]);
    expect(at(t6, "2001:db8::1")).toBe("eigw-1");
    expect(at(t6, "1.1.1.1")).toBeUndefined();
  });

  it("local beats a more specific propagated route (1.6)", () => {
    const t = table([route("10.0.0.0/16", "local", "local", 0), route("10.0.5.0/24", "vgw-1", "propagated", 1)]);
    expect(at(t, "10.0.5.9")).toBe("local");
  });

  it("same prefix: static > prefix list > propagated (1.7-1.9)", () => {
    const t = table([route("172.16.0.0/16", "vgw-1", "propagated", 0), route("172.16.0.0/16", "vpce-1", "prefix-list", 1), route("172.16.0.0/16", "tgw-1", "static", 2)]);
    const choice = selectRoute(t, parseAddress("172.16.1.1")!);
    expect(choice.route?.target.id).toBe("tgw-1");
    expect(choice.losers.map((r) => r.target.id)).toEqual(["vpce-1", "vgw-1"]);
    const t2 = table([route("172.16.0.0/16", "vgw-1", "propagated", 0), route("172.16.0.0/16", "vpce-1", "prefix-list", 1)]);
    expect(at(t2, "172.16.1.1")).toBe("vpce-1");
  });

  it("a more specific route wins whatever its kind (1.9)", () => {
    const t = table([route("172.16.0.0/16", "tgw-1", "static", 0), route("172.16.1.0/24", "vgw-1", "propagated", 1)]);
    expect(at(t, "172.16.1.1")).toBe("vgw-1");
  });

  it("keeps blackhole routes so the trace can report them (1.10)", () => {
    const t = table([route("0.0.0.0/0", "igw-gone", "static", 0, "blackhole")]);
    expect(selectRoute(t, parseAddress("8.8.8.8")!).route?.state).toBe("blackhole");
  });
});
