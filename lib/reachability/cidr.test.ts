import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cidrContains, cidrCovers, cidrsOverlap, formatAddress, isRfc1918, isRfc6598, parseAddress, parseCidr } from "./cidr";

describe("cidr", () => {
  it("parses and formats IPv4 and IPv6", () => {
    expect(formatAddress(parseAddress("10.0.1.5")!)).toBe("10.0.1.5");
    expect(formatAddress(parseAddress("2001:db8:0:0:0:0:0:1")!)).toBe("2001:db8::1");
    expect(formatAddress(parseAddress("::")!)).toBe("::");
    expect(formatAddress(parseAddress("fe80::1:0:0:1")!)).toBe("fe80::1:0:0:1");
    expect(parseAddress("256.0.0.1")).toBeUndefined();
    expect(parseAddress("10.0.0")).toBeUndefined();
    expect(parseAddress("1::2::3")).toBeUndefined();
  });

  it("masks host bits and keeps canonical text", () => {
    expect(parseCidr("10.0.1.7/16")?.text).toBe("10.0.0.0/16");
    expect(parseCidr("0.0.0.0/0")?.length).toBe(0);
    expect(parseCidr("2600:1f18:abcd::/56")?.text).toBe("2600:1f18:abcd::/56");
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
  });

  it("containment, cover and overlap", () => {
    const vpc = parseCidr("10.0.0.0/16")!;
    expect(cidrContains(vpc, parseAddress("10.0.255.1")!)).toBe(true);
    expect(cidrContains(vpc, parseAddress("10.1.0.1")!)).toBe(false);
    expect(cidrContains(parseCidr("0.0.0.0/0")!, parseAddress("::1")!)).toBe(false); // 1.4: families apart
    expect(cidrCovers(vpc, parseCidr("10.0.2.0/24")!)).toBe(true);
    expect(cidrsOverlap(parseCidr("10.0.0.0/24")!, parseCidr("10.0.0.128/25")!)).toBe(true);
    expect(cidrsOverlap(parseCidr("10.0.0.0/24")!, parseCidr("10.0.1.0/24")!)).toBe(false);
  });

  it("RFC 1918 and RFC 6598 ranges (2.6)", () => {
    expect(isRfc1918(parseAddress("172.31.0.1")!)).toBe(true);
    expect(isRfc1918(parseAddress("172.32.0.1")!)).toBe(false);
    expect(isRfc6598(parseAddress("100.64.1.1")!)).toBe(true);
    expect(isRfc6598(parseAddress("100.128.0.1")!)).toBe(false);
  });

  it("round-trips every IPv4 address (property)", () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(formatAddress(parseAddress(ip)!)).toBe(ip.split(".").map(Number).join("."));
      }),
    );
  });

  it("round-trips IPv6 values (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        const text = formatAddress({ family: 6, value });
        expect(parseAddress(text)?.value).toBe(value);
      }),
    );
  });
});
