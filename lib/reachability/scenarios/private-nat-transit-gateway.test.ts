/**
 * Source: Amazon VPC User Guide, "NAT gateways" (connectivity type Private: "Instances in private subnets can
 * connect to other VPCs or your on-premises network through a private NAT gateway, but the instances can't
 * receive unsolicited inbound connections from the other VPCs or the on-premises network"; traffic from the NAT
 * gateway is routed through a transit gateway) and "NAT gateway basics" (the NAT gateway replaces the source
 * address with its private IP; 4.2, 4.3). describe-transit-gateway-* shapes as the AWS CLI prints them.
 * VPC A (10.1.0.0/16): workload subnet routes 10.2.0.0/16 to the private NAT gateway nat-0priv (10.1.9.50), whose
 * subnet holds the transit gateway attachment and routes 10.2.0.0/16 to the transit gateway. VPC B (10.2.0.0/16)
 * routes 10.0.0.0/8 to the transit gateway; its server admits only the NAT subnet 10.1.9.0/24.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./private-nat-transit-gateway.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: private NAT gateway towards a transit gateway", () => {
  it("A's workload reaches B through the private NAT gateway: B sees the NAT gateway's private address (4.2)", () => {
    const v = ask({ Source: "i-0a1", Destination: "i-0b1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-0a1", "eni-of-i-0a1", "sg-0a", "acl-default-vpc-0a", "rtb-0a", "acl-default-vpc-0a", "nat-0priv", "acl-default-vpc-0a", "rtb-0anat", "acl-default-vpc-0a", "tgw-attach-0a", "tgw-0123", "tgw-rtb-0main", "tgw-attach-0b", "sg-0b", "eni-of-i-0b1", "i-0b1"]);
    const nat = v.analysis.ForwardPathComponents.find((c) => c.Component.Id === "nat-0priv");
    expect(nat?.OutboundHeader?.SourceAddresses).toEqual(["10.1.9.50/32"]);
    expect(v.back).toContain("nat-0priv");
  });

  it("B -> A's workload (unsolicited): the request arrives, but the reply routed to the NAT gateway would leave from 10.1.9.50, not the address B reached: NGW_OUTBOUND_ONLY on the return leg (was reported reachable)", () => {
    const v = ask({ Source: "i-0b1", Destination: "i-0a1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NGW_OUTBOUND_ONLY"]);
    expect(v.forward.at(-1)).toBe("i-0a1");
    expect(v.back.at(-1)).toBe("nat-0priv");
    expect(v.analysis.Explanations[0]?.Direction).toBe("egress");
  });

  it("B -> the NAT gateway's own address: refused at the NAT gateway on the way in", () => {
    const v = ask({ Source: "i-0b1", Destination: "10.1.9.50", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NGW_OUTBOUND_ONLY"]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
  });
});
