/**
 * Listener, target and node choice (semantics 10.2-10.4, 10.6), without traversal; and the documented
 * tie-breaks (node in the client's zone, then a node with a target; targets in the node's zone, then by id).
 */
import { describe, expect, it } from "vitest";
import { parseAddress, type Address } from "./cidr";
import { carries, chooseListener, chooseNode, chooseTargets, crossZoneOf, preservesClientIp, type LbNode, type LbTarget, type LbTargetGroup, type LoadBalancerData } from "./load-balancer-selection";

const ip = (text: string): Address => parseAddress(text) as Address;
const node = (az: string, n: number): LbNode => ({ az, subnetId: `subnet-${az}`, eniId: `eni-${az}`, privateIp: ip(`10.0.${n}.5`) });
const group = (extra: Partial<LbTargetGroup> = {}): LbTargetGroup => ({ arn: "tg", targetType: "instance", protocol: "TCP", port: 80, targets: [], ...extra });
const lb = (extra: Partial<LoadBalancerData> = {}): LoadBalancerData => ({
  arn: "lb", name: "lb", type: "network", scheme: "internal", vpcId: "vpc", state: "active", nodes: [node("a", 1), node("b", 2)], groupIds: [],
  listeners: [{ arn: "l80", protocol: "TCP", port: 80, targetGroupArns: ["tg"], answersItself: false }, { arn: "l53", protocol: "UDP", port: 53, targetGroupArns: ["tg"], answersItself: false }],
  crossZone: false, enforcePrivateLinkSg: true, ...extra,
});
const target = (id: string, az: string | undefined, extra: Partial<LbTarget> = {}): LbTarget => ({ group: group(), id, port: 80, address: ip("10.0.9.9"), ...(az ? { az } : {}), ...extra });

describe("listener choice (10.2)", () => {
  it("matches protocol and port", () => {
    const choice = chooseListener(lb(), "tcp", 80);
    expect("listener" in choice && choice.listener.arn).toBe("l80");
  });
  it("a listener for the protocol on another port: ELBV2_LISTENER_PORT_RESTRICTION with the ports it accepts", () => {
    expect(chooseListener(lb(), "tcp", 81)).toEqual({ code: "ELBV2_LISTENER_PORT_RESTRICTION", ports: [80] });
  });
  it("no listener for the protocol: ELBV2_LISTENERS_MISMATCH", () => {
    expect(chooseListener(lb({ listeners: [] }), "tcp", 80)).toMatchObject({ code: "ELBV2_LISTENERS_MISMATCH" });
    expect(chooseListener(lb(), "icmp", 0)).toMatchObject({ code: "ELBV2_LISTENERS_MISMATCH" });
  });
  it("protocols carried: HTTP(S)/TCP/TLS carry tcp, UDP carries udp, TCP_UDP both", () => {
    expect(carries("HTTPS", "application", "tcp")).toBe(true);
    expect(carries("TLS", "network", "udp")).toBe(false);
    expect(carries("TCP_UDP", "network", "udp")).toBe(true);
    expect(carries(undefined, "application", "tcp")).toBe(true);
  });
});

describe("client IP preservation (10.6)", () => {
  it("on for instance targets, off for ip targets with TCP/TLS, always on for UDP; never for an ALB or PrivateLink", () => {
    expect(preservesClientIp(lb(), group(), false)).toBe(true);
    expect(preservesClientIp(lb(), group({ preserveClientIp: false }), false)).toBe(false);
    expect(preservesClientIp(lb(), group({ targetType: "ip" }), false)).toBe(false);
    expect(preservesClientIp(lb(), group({ targetType: "ip", preserveClientIp: true }), false)).toBe(true);
    expect(preservesClientIp(lb(), group({ targetType: "ip", protocol: "UDP", preserveClientIp: false }), false)).toBe(true);
    expect(preservesClientIp(lb({ type: "application" }), group(), false)).toBe(false);
    expect(preservesClientIp(lb(), group(), true)).toBe(false);
  });
});

describe("target choice (10.3, 10.4)", () => {
  it("no target: ELBV2_LISTENER_HAS_NO_TG; none addressable: TARGET_ADDRESS_RESTRICTION / TARGET_PORT_RESTRICTION", () => {
    expect(chooseTargets(lb(), node("a", 1), [])).toEqual({ code: "ELBV2_LISTENER_HAS_NO_TG" });
    expect(chooseTargets(lb(), node("a", 1), [target("i-1", "a", { problem: "address" })])).toEqual({ code: "TARGET_ADDRESS_RESTRICTION" });
    expect(chooseTargets(lb(), node("a", 1), [target("i-1", "a", { problem: "port" })])).toEqual({ code: "TARGET_PORT_RESTRICTION" });
  });
  it("targets outside the enabled zones: ELB_INSTALLED_AZ_RESTRICTION", () => {
    expect(chooseTargets(lb(), node("a", 1), [target("i-1", "c")])).toMatchObject({ code: "ELB_INSTALLED_AZ_RESTRICTION", zones: ["a", "b"] });
  });
  it("cross-zone off: only the node's zone; none there: ELB_NOT_CROSSZONE with ELBV2_NO_TARGETS_IN_AZ", () => {
    expect(chooseTargets(lb(), node("a", 1), [target("i-1", "b")])).toEqual({ code: "ELB_NOT_CROSSZONE", zones: ["a"], detail: "ELBV2_NO_TARGETS_IN_AZ" });
    const ok = chooseTargets(lb({ crossZone: true }), node("a", 1), [target("i-1", "b")]);
    expect("targets" in ok && ok.targets.map((t) => t.id)).toEqual(["i-1"]);
  });
  it("an IP target outside the VPC (zone `all`) is reachable from every node", () => {
    const ok = chooseTargets(lb(), node("a", 1), [target("192.168.1.1", "all")]);
    expect("targets" in ok).toBe(true);
  });
  it("order: the node's zone first, then by id, then port", () => {
    const ok = chooseTargets(lb({ crossZone: true }), node("b", 2), [target("i-3", "a"), target("i-2", "b", { port: 90 }), target("i-2", "b"), target("i-1", "a")]);
    expect("targets" in ok && ok.targets.map((t) => `${t.id}:${t.port}`)).toEqual(["i-2:80", "i-2:90", "i-1:80", "i-3:80"]);
  });
  it("a target group's cross-zone attribute overrides the load balancer's", () => {
    expect(crossZoneOf(lb({ crossZone: false }), group({ crossZone: true }))).toBe(true);
    expect(crossZoneOf(lb({ crossZone: true }), group({ crossZone: false }))).toBe(false);
  });
});

describe("node choice", () => {
  it("the node in the client's zone when it serves, else the first that serves, else the client's, else the first", () => {
    const all = (): boolean => true;
    expect(chooseNode(lb(), "b", all)?.az).toBe("b");
    expect(chooseNode(lb(), undefined, all)?.az).toBe("a");
    expect(chooseNode(lb(), "a", (n) => n.az === "b")?.az).toBe("b");
    expect(chooseNode(lb(), "b", () => false)?.az).toBe("b");
    expect(chooseNode(lb(), undefined, () => false)?.az).toBe("a");
  });
});
