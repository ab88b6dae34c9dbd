import { describe, expect, it } from "vitest";
import { slugLabel, slugWords } from "./slug-words";

describe("slug words", () => {
  it("spells AWS's acronyms and keeps other words lower case mid-sentence", () => {
    expect(slugWords("network-acl")).toBe("network ACL");
    expect(slugWords("nat-gateway")).toBe("NAT gateway");
    expect(slugWords("security-group")).toBe("security group");
  });
  it("capitalises a label's first word unless it is an acronym", () => {
    expect(slugLabel("route-table")).toBe("Route table");
    expect(slugLabel("ipv6")).toBe("IPv6");
    expect(slugLabel("cidr")).toBe("CIDR");
  });
});
