/**
 * Source: Amazon VPC User Guide, "IPv6-only subnets" / "Add IPv6 support for your VPC" (a subnet with only an
 * IPv6 CIDR, Ipv6Native true, no CidrBlock; its instances have only IPv6 addresses) and "Egress-only internet
 * gateways" (3.1, 3.2); README "Query defaults": the address family is IPv4 unless an address in the query or the
 * endpoint is IPv6. describe-* output as the AWS CLI prints it (dual-stack VPC with a secondary IPv4 CIDR, default
 * NACL with IPv6 rules, EIGW route in the IPv6-only subnet's table).
 * An instance that has only an IPv6 address talks IPv6: to a dual-stack instance, and from the internet through
 * the internet gateway (the reply routed to the egress-only gateway is refused: it carries only connections its
 * VPC starts). RA analyses IPv4 only (0.6): it would report these ends as UNASSOCIATED_COMPONENT.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./ipv6-only-subnet.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const V6ONLY = "i-0v6only0000000001";
const WEB = "i-0web0000000000001";
const IGW = "igw-0123456789abcdef0";

describe("scenario: an IPv6-only subnet's instance", () => {
  it("IPv6-only source -> dual-stack instance: analysed over IPv6 (was UNASSOCIATED_COMPONENT, 'no IPv4 address')", () => {
    const v = ask({ Source: V6ONLY, Destination: WEB, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    const first = v.analysis.ForwardPathComponents[0];
    expect(first?.OutboundHeader?.SourceAddresses).toEqual(["2600:1f18:1234:5602::50/128"]);
    expect(first?.OutboundHeader?.DestinationAddresses).toEqual(["2600:1f18:1234:5600::10/128"]);
  });

  it("dual-stack source -> IPv6-only instance: analysed over IPv6", () => {
    const v = ask({ Source: WEB, Destination: V6ONLY, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses).toEqual(["2600:1f18:1234:5602::50/128"]);
  });

  it("internet gateway -> IPv6-only instance (no SourceIp): an IPv6 request; the reply routed to the egress-only gateway is refused", () => {
    const v = ask({ Source: IGW, Destination: V6ONLY, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
    expect(v.forward.at(-1)).toBe(V6ONLY);
    expect(v.back).toContain("eigw-015e0e244e24dfe8a");
  });

  it("IPv6-only instance -> internet over the egress-only gateway (already worked)", () => {
    const v = ask({ Source: V6ONLY, Destination: "2600:1f18:aaaa::1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("eigw-015e0e244e24dfe8a");
  });

  it("IPv4 still when both ends have IPv4 (dual-stack to dual-stack)", () => {
    const v = ask({ Source: WEB, Destination: "i-0app0000000000001", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.SourceAddresses).toEqual(["10.0.0.10/32"]);
  });

  it("egress-only gateway as the source (no SourceIp): an IPv6 packet to the instance's IPv6 address, refused as unsolicited (headers were IPv6 source -> IPv4 destination)", () => {
    const v = ask({ Source: "eigw-015e0e244e24dfe8a", Destination: "i-0app0000000000001", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
    expect(v.analysis.ForwardPathComponents[0]?.InboundHeader?.DestinationAddresses).toEqual(["2600:1f18:1234:5601::20/128"]);
  });

  it("egress-only gateway as the source of an IPv4 query (a bare IPv4 destination): the header stays IPv4 (was an IPv6 source to an IPv4 destination); refused as unsolicited", () => {
    const v = ask({ Source: "eigw-015e0e244e24dfe8a", Destination: "10.0.0.10", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    const h = v.analysis.ForwardPathComponents[0]?.OutboundHeader;
    expect(h?.DestinationAddresses).toEqual(["10.0.0.10/32"]);
    expect(h?.SourceAddresses?.[0]).toMatch(/^\d+\.\d+\.\d+\.\d+\/32$/);
  });
});
