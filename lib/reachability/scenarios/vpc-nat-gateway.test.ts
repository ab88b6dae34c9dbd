/**
 * Source: AWS VPC User Guide, "Example: VPC with servers in private subnets and NAT" and "NAT gateways"
 * (vpc-nat-gateway.md: public NAT in a public subnet with an EIP, private subnet route 0.0.0.0/0 -> nat,
 * NACL of the NAT subnet must allow 1024-65535 back); Batfish AwsConfigurationNatGatewayTest (two-step NAT:
 * NAT private IP then EIP at the IGW; non-session packet denied at the NAT; NAT not serving its own subnet).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./vpc-nat-gateway.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: private subnet behind a NAT gateway", () => {
  it("private instance reaches the internet through the NAT gateway and the IGW, and the reply comes back (4.2, 4.5)", () => {
    const v = ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-app", "eni-app", "sg-app", "acl-default", "rtb-private", "acl-public", "nat-public", "acl-public", "rtb-public", "igw-app"]);
    expect(v.back).toEqual(["igw-app", "acl-public", "nat-public", "acl-public", "rtb-public", "acl-default", "sg-app", "eni-app", "i-app"]);
    const nat = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "nat-public");
    expect(nat?.OutboundHeader?.SourceAddresses).toEqual(["10.0.0.100/32"]);
    const igw = v.analysis.ForwardPathComponents.at(-1);
    expect(igw?.OutboundHeader?.SourceAddresses).toEqual(["3.3.3.3/32"]);
  });

  it("udp through the NAT gateway needs the NAT subnet's NACL to admit the reply's ephemeral port (4.5, 6.5)", () => {
    const v = ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "udp", DestinationPort: 53 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.back).toEqual(["igw-app", "acl-public"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
  });

  it("the NACL of the NAT gateway's subnet applies on the way in (4.5)", () => {
    const v = ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 80 });
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward.at(-1)).toBe("acl-public");
  });

  it("the internet cannot start a connection through the NAT gateway (4.3)", () => {
    const v = ask({ Source: "igw-app", SourceIp: "198.51.100.7", Destination: "3.3.3.3", Protocol: "tcp", DestinationPort: 1024 });
    expect(v.codes).toEqual(["NGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual(["igw-app", "acl-public", "nat-public"]);
  });

  it("a private NAT gateway has no EIP, so the internet gateway drops its traffic (4.1)", () => {
    const v = ask({ Source: "i-batch", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
    expect(v.forward.slice(-3)).toEqual(["acl-public", "rtb-public", "igw-app"]);
  });

  it("an instance without a public IP in the public subnet is dropped at the IGW (2.4), not NATed", () => {
    expect(ask({ Source: "i-bastion", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
  });
});

describe("scenario: NAT gateway rules that need a variant", () => {
  it("a NAT gateway does not serve its own subnet (4.7)", () => {
    const s = structuredClone(snapshot);
    s.RouteTables[0]!.Routes[1] = { DestinationCidrBlock: "0.0.0.0/0", NatGatewayId: "nat-public", Origin: "CreateRoute", State: "active" } as never;
    const v = scenario(s).ask({ Source: "i-bastion", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["NGW_SOURCE_IN_OWN_SUBNET"]);
  });

  it("a NAT gateway that is not available blocks (BAD_STATE)", () => {
    const s = structuredClone(snapshot);
    s.NatGateways[0]!.State = "failed";
    const v = scenario(s).ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward.at(-1)).toBe("nat-public");
  });
});
