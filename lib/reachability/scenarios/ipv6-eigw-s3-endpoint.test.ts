/**
 * Source: AWS VPC User Guide, "Enable outbound IPv6 traffic using an egress-only internet gateway"
 * (egress-only-internet-gateway.md: route ::/0 to the EIGW; outbound only; stateful) and "Gateway endpoints for
 * Amazon S3" (vpc-endpoints-s3.md: a route whose destination is the S3 prefix list and whose target is the
 * endpoint; security group outbound rules may use the prefix list; TCP only).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./ipv6-eigw-s3-endpoint.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: dual-stack subnet with an egress-only internet gateway and an S3 gateway endpoint", () => {
  it("IPv6 out through the EIGW, reply back in (3.1)", () => {
    const v = ask({ Source: "i-dual", Destination: "eigw-1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-dual", "eni-dual", "sg-dual", "acl-dual", "rtb-dual", "eigw-1"]);
    expect(v.back).toEqual(["eigw-1", "acl-dual", "sg-dual", "eni-dual", "i-dual"]);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.SourceAddresses).toEqual(["2600:1f18:1:101::10/128"]);
  });

  it("the internet cannot start an IPv6 connection through the EIGW, even when the SG allows ::/0 (3.3)", () => {
    const v = ask({ Source: "eigw-1", SourceIp: "2001:db8::7", Destination: "i-dual", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
  });

  it("IPv4 internet traffic has no route: ::/0 does not match IPv4 (1.4)", () => {
    const s = structuredClone(snapshot);
    s.SecurityGroups[0]!.IpPermissionsEgress.push({ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] } as never);
    const v = scenario(s).ask({ Source: "i-dual", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
  });

  it("S3 through the gateway endpoint by its prefix-list route (9.1, 9.2)", () => {
    const v = ask({ Source: "i-dual", Destination: "52.217.10.1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-dual", "eni-dual", "sg-dual", "acl-dual", "rtb-dual", "vpce-s3"]);
    expect(v.back).toEqual(["vpce-s3", "acl-dual", "sg-dual", "eni-dual", "i-dual"]);
    expect(v.analysis.ForwardPathComponents[4]?.RouteTableRoute?.DestinationPrefixListId).toBe("pl-63a5400a");
  });

  it("the endpoint itself as destination", () => {
    expect(ask({ Source: "i-dual", Destination: "vpce-s3", Protocol: "tcp", DestinationPort: 443 }).found).toBe(true);
  });

  it("a gateway endpoint carries only TCP and ICMP echo (9.4)", () => {
    expect(ask({ Source: "i-dual", Destination: "52.217.10.1", Protocol: "udp", DestinationPort: 443 }).codes).toEqual(["VPCE_GATEWAY_PROTOCOL_RESTRICTION"]);
    expect(ask({ Source: "i-dual", Destination: "52.217.10.1", Protocol: "icmp" }).found).toBe(true);
  });

  it("security group outbound to the prefix list only: other addresses are refused (5.11)", () => {
    const v = ask({ Source: "i-dual", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("egress");
  });
});
