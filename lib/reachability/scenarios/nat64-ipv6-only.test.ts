/**
 * Source: Amazon VPC User Guide, "DNS64 and NAT64" (a NAT gateway translates IPv6 to IPv4: an IPv6-only workload
 * sends to the address DNS64 synthesizes from the well-known prefix 64:ff9b::/96 (RFC 6052) and the subnet routes
 * 64:ff9b::/96 to the NAT gateway, which lets it reach IPv4 services in the same VPC, other VPCs, on-premises or
 * the internet); AWS News Blog, "Let Your IPv6-only Workloads Connect to IPv4 Services" (the NAT gateway uses its
 * IPv4 address as the source; a public NAT gateway's traffic leaves through the internet gateway from its EIP).
 * describe-* output as printed; the IPv6-only subnet (EnableDns64) routes ::/0 to the egress-only gateway and
 * 64:ff9b::/96 to the public NAT gateway nat-0live00000000001 (10.0.0.50, EIP 3.5.140.2). The prefix is not routed on
 * the internet: without that route the synthesized address leaves through the egress-only gateway and reaches no
 * one (the case of terraform-aws-modules/terraform-aws-vpc issue 972: DNS64 on, no 64:ff9b::/96 route, requests hang).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./nat64-ipv6-only.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const V6ONLY = "i-0v6only0000000001";
const NAT = "nat-0live00000000001";

function header(v: ReturnType<typeof ask>, id: string, leg: "forward" | "back", which: "InboundHeader" | "OutboundHeader") {
  const list = leg === "forward" ? v.analysis.ForwardPathComponents : v.analysis.ReturnPathComponents;
  const hop = list.find((c) => c.Component.Id === id && c[which]);
  return hop?.[which];
}

describe("scenario: NAT64 from an IPv6-only subnet", () => {
  it("IPv6-only instance -> 64:ff9b::808:808 (8.8.8.8 synthesized by DNS64): NAT64 at the NAT gateway, out of the IGW from the EIP, reply translated back (was PROTOCOL_RESTRICTION)", () => {
    const v = ask({ Source: V6ONLY, Destination: "64:ff9b::808:808", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([V6ONLY, "eni-0v6only00000001", "sg-0web0000000000001", "acl-0default00000001", "rtb-0v60000000000001", "acl-0default00000001", NAT, "acl-0default00000001", "rtb-0pub0000000000001", "igw-0123456789abcdef0"]);
    expect(header(v, NAT, "forward", "InboundHeader")).toMatchObject({ SourceAddresses: ["2600:1f18:1234:5602::50/128"], DestinationAddresses: ["64:ff9b::808:808/128"], Protocol: "6" });
    expect(header(v, NAT, "forward", "OutboundHeader")).toMatchObject({ SourceAddresses: ["10.0.0.50/32"], DestinationAddresses: ["8.8.8.8/32"], Protocol: "6" });
    expect(header(v, "igw-0123456789abcdef0", "forward", "OutboundHeader")).toMatchObject({ SourceAddresses: ["3.5.140.2/32"], DestinationAddresses: ["8.8.8.8/32"] });
    expect(v.back.at(-1)).toBe(V6ONLY);
    expect(header(v, NAT, "back", "OutboundHeader")).toMatchObject({ SourceAddresses: ["64:ff9b::808:808/128"], DestinationAddresses: ["2600:1f18:1234:5602::50/128"], SourcePortRanges: [{ From: 443, To: 443 }], DestinationPortRanges: [{ From: 50000, To: 50000 }] });
  });

  it("ping through NAT64: ICMPv6 echo becomes ICMP echo (type 8) and the echo reply comes back as ICMPv6 (type 129)", () => {
    const v = ask({ Source: V6ONLY, Destination: "64:ff9b::808:808", Protocol: "icmp" });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(header(v, NAT, "forward", "InboundHeader")?.Protocol).toBe("58");
    expect(header(v, NAT, "forward", "OutboundHeader")?.Protocol).toBe("1");
    expect(header(v, NAT, "back", "OutboundHeader")?.Protocol).toBe("58");
  });

  it("NAT64 to an IPv4-only instance in the same VPC: its security group sees the NAT gateway's private address", () => {
    const v = ask({ Source: V6ONLY, Destination: "i-0v4only0000000001", DestinationIp: "64:ff9b::a00:163", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("i-0v4only0000000001");
    expect(header(v, NAT, "forward", "OutboundHeader")).toMatchObject({ SourceAddresses: ["10.0.0.50/32"], DestinationAddresses: ["10.0.1.99/32"] });
    const bare = ask({ Source: V6ONLY, Destination: "64:ff9b::a00:163", Protocol: "tcp", DestinationPort: 22 });
    expect(bare.found).toBe(true);
    expect(bare.forward.at(-1)).toBe("i-0v4only0000000001");
  });

  it("without a 64:ff9b::/96 route the synthesized address goes to the egress-only gateway and dies on the internet, where nobody routes the NAT64 prefix (was reported reachable)", () => {
    const v = ask({ Source: "i-0app0000000000001", Destination: "64:ff9b::808:808", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
    expect(v.forward.at(-1)).toBe("eigw-015e0e244e24dfe8a");
  });
});
