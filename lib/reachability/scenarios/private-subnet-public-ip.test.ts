/**
 * Source: AWS VPC User Guide, "Enable internet access for a VPC using an internet gateway" (a private subnet has no
 * route to the internet gateway; instances in it cannot be reached from the internet even when they have public IP
 * addresses) and "NAT gateways" (a NAT gateway lets instances in private subnets connect out, but services outside
 * cannot start a connection with them). Semantics 2.2, 4.3.
 *
 * Snapshot: vpc-nat-gateway.json with i-app (private subnet, 0.0.0.0/0 to nat-public) given a public IP and an
 * inbound rule for tcp/443, and the network ACLs left to the VPC defaults. The request arrives through the internet
 * gateway; the reply is routed to the NAT gateway, which carries only connections its VPC starts (translated, it
 * would come from the NAT gateway's Elastic IP, not the address the client reached).
 */
import { describe, expect, it } from "vitest";
import base from "./vpc-nat-gateway.json";
import { scenario } from "./harness";

function withPublicApp() {
  const s = structuredClone(base);
  const app = s.Reservations[0]!.Instances[0]! as Record<string, unknown> & { NetworkInterfaces: Record<string, unknown>[] };
  app.PublicIpAddress = "54.1.2.3";
  app.NetworkInterfaces[0]!.Association = { PublicIp: "54.1.2.3" };
  s.SecurityGroups[0]!.IpPermissions = [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] as never;
  delete (s as Record<string, unknown>).NetworkAcls;
  return scenario(s);
}

describe("scenario: an instance with a public IP in a private subnet (route to a NAT gateway)", () => {
  const { ask } = withPublicApp();

  it("from the internet: the request arrives, the reply is refused at the NAT gateway (2.2, 4.3)", () => {
    const v = ask({ Source: "igw-app", Destination: "i-app", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual(["igw-app", "acl-default-vpc-app", "sg-app", "eni-app", "i-app"]);
    expect(v.back).toEqual(["i-app", "eni-app", "sg-app", "acl-default-vpc-app", "rtb-private", "acl-default-vpc-app", "nat-public"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("egress");
  });

  it("the same instance still starts connections out through the NAT gateway (4.2)", () => {
    const v = ask({ Source: "i-app", Destination: "198.51.100.10", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe("igw-app");
  });
});
