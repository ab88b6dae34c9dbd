import { describe, expect, it } from "vitest";
import { parseAddress, parseCidr, type Address, type Cidr } from "./cidr";
import { compileTgwRouteTable, selectTgwRoute, type TgwRoute, type TgwRouteOrigin, type TgwRouteTable } from "./transit-gateway-route-table";

const cidr = (t: string) => parseCidr(t) as Cidr;
const ip = (t: string) => parseAddress(t) as Address;

function table(routes: [string, TgwRouteOrigin, string | undefined][]): TgwRouteTable {
  const list: TgwRoute[] = routes.map(([d, origin, att], index) => ({
    destination: cidr(d),
    origin,
    ...(att ? { attachmentId: att } : {}),
    blackhole: !att,
    index,
    out: { DestinationCidr: d, RouteOrigin: origin === "static" || origin === "prefix-list" ? "static" : "propagated", State: att ? "active" : "blackhole", ...(att ? { AttachmentId: att } : {}) },
  }));
  return compileTgwRouteTable({ id: "tgw-rtb-1", transitGatewayId: "tgw-1", routes: list });
}

describe("transit-gateway-route-table", () => {
  it("longest prefix match first (8.9)", () => {
    const t = table([["10.0.0.0/8", "static", "att-wide"], ["10.1.0.0/16", "vpc", "att-b"], ["0.0.0.0/0", "static", "att-default"]]);
    expect(selectTgwRoute(t, ip("10.1.2.3")).route?.attachmentId).toBe("att-b");
    expect(selectTgwRoute(t, ip("10.2.2.3")).route?.attachmentId).toBe("att-wide");
    expect(selectTgwRoute(t, ip("192.168.1.1")).route?.attachmentId).toBe("att-default");
  });

  it("for the same CIDR: static, prefix list, VPC, Direct Connect gateway, Connect, VPN, peering (8.9, 12.3)", () => {
    const order: TgwRouteOrigin[] = ["peering", "vpn", "connect", "direct-connect-gateway", "vpc", "prefix-list", "static"];
    for (let k = 0; k < order.length; k++) {
      const present = order.slice(0, k + 1);
      const t = table(present.map((o) => ["172.16.0.0/16", o, `att-${o}`]));
      const choice = selectTgwRoute(t, ip("172.16.5.5"));
      expect(choice.route?.origin).toBe(order[k]);
      expect(choice.losers.length).toBe(k);
    }
  });

  it("a static route hides an identical propagated one, even a static blackhole (8.8, 8.9)", () => {
    const t = table([["10.1.0.0/16", "vpc", "att-b"], ["10.1.0.0/16", "static", undefined]]);
    const r = selectTgwRoute(t, ip("10.1.0.1")).route;
    expect(r?.blackhole).toBe(true);
    expect(r?.out.State).toBe("blackhole");
  });

  it("the first of two identical propagated routes wins (8.11)", () => {
    const t = table([["10.1.0.0/16", "vpc", "att-first"], ["10.1.0.0/16", "vpc", "att-second"]]);
    expect(selectTgwRoute(t, ip("10.1.0.1")).route?.attachmentId).toBe("att-first");
  });

  it("no route, and IPv4 routes never match IPv6 (1.4)", () => {
    const t = table([["0.0.0.0/0", "static", "att"], ["2001:db8::/32", "vpc", "att6"]]);
    expect(selectTgwRoute(t, ip("2001:db9::1")).route).toBeUndefined();
    expect(selectTgwRoute(t, ip("2001:db8::1")).route?.attachmentId).toBe("att6");
    expect(selectTgwRoute(table([]), ip("10.0.0.1")).route).toBeUndefined();
  });

  it("5,000 propagated routes are looked up by prefix-length maps (no scan)", () => {
    const routes: [string, TgwRouteOrigin, string][] = [];
    for (let i = 0; i < 5000; i++) routes.push([`10.${Math.floor(i / 256)}.${i % 256}.0/24`, "vpc", `att-${i}`]);
    const t = table(routes);
    const start = performance.now();
    for (let i = 0; i < 10000; i++) selectTgwRoute(t, ip(`10.${(i % 5000) >> 8}.${(i % 5000) % 256}.9`));
    expect(performance.now() - start).toBeLessThan(500);
    expect(selectTgwRoute(t, ip("10.19.135.9")).route?.attachmentId).toBe("att-4999");
  });
});
