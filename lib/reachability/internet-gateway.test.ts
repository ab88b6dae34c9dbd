import { describe, expect, it } from "vitest";
import { scenario } from "./scenarios/harness";

/** One VPC, a public subnet (route to the IGW) holding instances with and without public IPs. */
function vpc(extra: { igwAttachments?: unknown; noPublic?: boolean; acl?: unknown[] } = {}) {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-pub", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24" }],
    InternetGateways: [{ InternetGatewayId: "igw-1", ...(extra.igwAttachments !== undefined ? { Attachments: extra.igwAttachments } : { Attachments: [{ VpcId: "vpc-1", State: "available" }] }) }],
    RouteTables: [{ RouteTableId: "rtb-pub", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-1" }] }],
    SecurityGroups: [{ GroupId: "sg-open", VpcId: "vpc-1", GroupName: "open", IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }],
    Reservations: [
      {
        Instances: [
          { InstanceId: "i-pub", SubnetId: "subnet-pub", PrivateIpAddress: "10.0.1.10", ...(extra.noPublic ? {} : { PublicIpAddress: "54.0.0.10" }), SecurityGroups: [{ GroupId: "sg-open" }] },
          { InstanceId: "i-priv", SubnetId: "subnet-pub", PrivateIpAddress: "10.0.1.20", SecurityGroups: [{ GroupId: "sg-open" }] },
        ],
      },
    ],
  };
}

describe("internet-gateway", () => {
  it("egress needs a public IP (2.4): IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", () => {
    const v = scenario(vpc()).ask({ Source: "i-priv", Destination: "igw-1", Protocol: "tcp", DestinationPort: 443 });
    expect(v).toMatchObject({ found: false, codes: ["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"] });
    expect(v.forward.at(-1)).toBe("igw-1");
  });

  it("1:1 NAT both ways (2.3)", () => {
    const v = scenario(vpc()).ask({ Source: "igw-1", SourceIp: "198.51.100.7", Destination: "i-pub", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    const back = v.analysis.ReturnPathComponents.at(-1);
    expect(back?.InboundHeader?.SourceAddresses).toEqual(["10.0.1.10/32"]);
    expect(back?.OutboundHeader?.SourceAddresses).toEqual(["54.0.0.10/32"]);
  });

  it("drops inbound from RFC 1918 / RFC 6598 sources and outbound to them (2.6)", () => {
    const s = scenario(vpc());
    expect(s.ask({ Source: "igw-1", SourceIp: "192.168.1.1", Destination: "i-pub", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS"]);
    expect(s.ask({ Source: "igw-1", SourceIp: "100.64.0.1", Destination: "i-pub", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS"]);
    expect(s.ask({ Source: "i-pub", Destination: "172.16.0.1", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS"]);
    expect(s.ask({ Source: "i-pub", Destination: "100.100.0.1", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS"]);
  });

  it("a bare internet address is reached through the IGW", () => {
    const v = scenario(vpc()).ask({ Source: "i-pub", Destination: "8.8.8.8", Protocol: "udp", DestinationPort: 53 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("igw-1");
  });

  it("a detached IGW blocks (2.1 requirement 1): BAD_STATE_ATTACHMENT", () => {
    const v = scenario(vpc({ igwAttachments: [] })).ask({ Source: "i-pub", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["BAD_STATE_ATTACHMENT"]);
  });

  it("a concise snapshot without Attachments attaches the IGW to the VPC that routes to it", () => {
    const s = vpc();
    delete (s.InternetGateways[0] as { Attachments?: unknown }).Attachments;
    expect(scenario(s).ask({ Source: "i-pub", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).found).toBe(true);
  });

  it("NAT reflection: an instance reaches another instance's public IP through the internet (2.7)", () => {
    const s = vpc();
    const instances = s.Reservations[0]!.Instances;
    (instances[1] as Record<string, unknown>).PublicIpAddress = "54.0.0.20";
    const v = scenario(s).ask({ Source: "i-pub", Destination: "54.0.0.20", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward.filter((id) => id === "igw-1")).toHaveLength(2);
  });
});
