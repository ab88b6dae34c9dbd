/**
 * Source: AWS VPC User Guide, "NAT instances" (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_NAT_Instance.html,
 * "Work with NAT instances": a NAT instance in a public subnet with a public IP or Elastic IP, source/destination
 * checking disabled ("the value must be false for the instance to perform NAT", EC2 API SourceDestCheck), the
 * private subnet's route table sends 0.0.0.0/0 to the instance, and the NATSG security group admits the private
 * subnet's HTTP/HTTPS). Semantics 13.1 (source/destination check), 2.3/2.4 (the internet gateway maps only an
 * interface's own private address to its public IP), 4.3 (NAT is outbound only).
 *
 * The route to the instance is printed as describe-route-tables prints it (InstanceId + InstanceOwnerId +
 * NetworkInterfaceId).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./nat-instance.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const INTERNET = "93.184.216.34";
const ACL = "acl-default-vpc-0a7a000000000001";
const APP = ["i-0a7a0000000000app", "eni-0a7a00000000000app", "sg-0a7a000000000app"];
const NAT = ["sg-0a7a00000000natsg", "eni-0a7a00000000000nat", "sg-0a7a00000000natsg"];

function variant(change: (s: typeof snapshot) => void) {
  const s = structuredClone(snapshot);
  change(s);
  return scenario(s);
}

describe("scenario: a private subnet reaches the internet through a NAT instance", () => {
  it("translated to the NAT instance's address, then its public IP; the reply is translated back (13.1, 2.3)", () => {
    const v = ask({ Source: "i-0a7a0000000000app", Destination: INTERNET, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([...APP, ACL, "rtb-0a7a000000private", ACL, ...NAT, ACL, "rtb-0a7a0000000public", "igw-0a7a000000000001"]);
    expect(v.back).toEqual(["igw-0a7a000000000001", ACL, ...NAT, ACL, "rtb-0a7a0000000public", ACL, "sg-0a7a000000000app", "eni-0a7a00000000000app", "i-0a7a0000000000app"]);
    const natHop = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "eni-0a7a00000000000nat");
    expect(natHop?.InboundHeader?.SourceAddresses).toEqual(["10.30.2.30/32"]);
    expect(natHop?.OutboundHeader?.SourceAddresses).toEqual(["10.30.1.20/32"]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.OutboundHeader?.SourceAddresses).toEqual(["203.0.113.20/32"]);
  });

  it("source/destination check left enabled: the instance drops traffic not addressed to it (13.1)", () => {
    const v = variant((s) => {
      s.NetworkInterfaces[0]!.SourceDestCheck = true;
      s.Reservations[0]!.Instances[0]!.SourceDestCheck = true;
    }).ask({ Source: "i-0a7a0000000000app", Destination: INTERNET, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["ENI_SOURCE_DEST_CHECK_RESTRICTION"]);
    expect(v.forward.at(-1)).toBe("eni-0a7a00000000000nat");
  });

  it("the NAT instance's security group admits only HTTP and HTTPS from the private subnet (5.x)", () => {
    const v = ask({ Source: "i-0a7a0000000000app", Destination: INTERNET, Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
    expect(v.forward.at(-1)).toBe("sg-0a7a00000000natsg");
  });

  it("a NAT instance without a public IP: the internet gateway drops the traffic (2.4)", () => {
    const v = variant((s) => {
      const e = s.NetworkInterfaces[0] as Record<string, unknown> & { PrivateIpAddresses: Record<string, unknown>[] };
      delete e.Association;
      delete e.PrivateIpAddresses[0]!.Association;
      delete (s.Reservations[0]!.Instances[0] as Record<string, unknown>).PublicIpAddress;
    }).ask({ Source: "i-0a7a0000000000app", Destination: INTERNET, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"]);
  });

  it("a stopped NAT instance forwards nothing (13.3)", () => {
    const v = variant((s) => {
      s.Reservations[0]!.Instances[0]!.State = { Name: "stopped" };
    }).ask({ Source: "i-0a7a0000000000app", Destination: INTERNET, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward.at(-1)).toBe("i-0a7a0000000000nat");
  });

  it("the internet cannot start a connection to the private instance (4.3, 2.5)", () => {
    const v = ask({ Source: "igw-0a7a000000000001", Destination: "i-0a7a0000000000app", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
  });

  it("traffic to another private address of the VPC is routed, not translated", () => {
    const v = ask({ Source: "i-0a7a0000000000app", Destination: "i-0a7a0000000000nat", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([...APP, ACL, "rtb-0a7a000000private", ACL, "sg-0a7a00000000natsg", "eni-0a7a00000000000nat", "i-0a7a0000000000nat"]);
  });
});
