import { describe, expect, it } from "vitest";
import { addressText } from "./address-text";

describe("addressText", () => {
  it("writes IPv4 dotted quads", () => {
    expect(addressText({ family: 4, value: (10n << 24n) + (1n << 8n) + 10n })).toBe("10.0.1.10");
  });
  it("writes IPv6 with the longest zero run compressed", () => {
    expect(addressText({ family: 6, value: (0x2001n << 112n) + (0xdb8n << 96n) + 0x10n })).toBe("2001:db8::10");
    expect(addressText({ family: 6, value: 1n })).toBe("::1");
  });
});
