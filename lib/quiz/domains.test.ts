import { describe, expect, it } from "vitest";
import { DOMAIN_LABELS, domainLabel, isDomain, topicLabel } from "./domains";
import { DOMAINS } from "./question-schema";

describe("domain and topic labels", () => {
  it("names every domain", () => {
    for (const d of DOMAINS) expect(DOMAIN_LABELS[d].length).toBeGreaterThan(10);
    expect(domainLabel("saa-cost")).toBe("Solutions Architect: cost-optimised architectures");
    expect(domainLabel("unknown")).toBe("unknown");
    expect(isDomain("ans-design")).toBe(true);
    expect(isDomain("ans")).toBe(false);
  });

  it("writes topics as words, acronyms in capitals", () => {
    expect(topicLabel("nat-gateway")).toBe("NAT gateway");
    expect(topicLabel("route-table")).toBe("Route table");
    expect(topicLabel("cidr")).toBe("CIDR");
    expect(topicLabel("ipv6")).toBe("IPv6");
    expect(topicLabel("network-acl")).toBe("Network ACL");
  });
});
