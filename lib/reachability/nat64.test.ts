/** NAT64 addressing (VPC User Guide, "DNS64 and NAT64"; RFC 6052 well-known prefix 64:ff9b::/96). */
import { describe, expect, it } from "vitest";
import { formatAddress, parseAddress, type Address } from "./cidr";
import { NAT64_PREFIX, embeddedIpv4, icmpTypeTo, synthesizedIpv6 } from "./nat64";

const a = (text: string) => parseAddress(text) as Address;

describe("nat64", () => {
  it("the well-known prefix is 64:ff9b::/96", () => {
    expect(NAT64_PREFIX.text).toBe("64:ff9b::/96");
  });

  it("takes the IPv4 address out of a synthesized address, and only from the prefix", () => {
    expect(formatAddress(embeddedIpv4(a("64:ff9b::808:808")) as Address)).toBe("8.8.8.8");
    expect(formatAddress(embeddedIpv4(a("64:ff9b::c000:20a")) as Address)).toBe("192.0.2.10");
    expect(embeddedIpv4(a("64:ff9b:1::808:808"))).toBeUndefined();
    expect(embeddedIpv4(a("2600:1f18::808:808"))).toBeUndefined();
    expect(embeddedIpv4(a("8.8.8.8"))).toBeUndefined();
  });

  it("synthesizes the address DNS64 would answer", () => {
    expect(formatAddress(synthesizedIpv6(a("10.0.1.99")))).toBe("64:ff9b::a00:163");
    expect(formatAddress(embeddedIpv4(synthesizedIpv6(a("203.0.113.5"))) as Address)).toBe("203.0.113.5");
  });

  it("maps echo request and reply between ICMPv6 and ICMP", () => {
    expect(icmpTypeTo(4, 128)).toBe(8);
    expect(icmpTypeTo(4, 129)).toBe(0);
    expect(icmpTypeTo(6, 8)).toBe(128);
    expect(icmpTypeTo(6, 0)).toBe(129);
    expect(icmpTypeTo(4, 3)).toBe(3);
  });
});
