/**
 * Source: AWS Direct Connect User Guide, "Virtual interfaces" (a private virtual interface reaches a VPC through
 * its virtual private gateway; the customer router announces its prefixes over BGP) and Amazon VPC User Guide,
 * "Route propagation" (a route table with propagation enabled shows the prefixes the VGW learned, Origin
 * EnableVgwRoutePropagation; a propagated route inside the VPC CIDR loses to local, 1.6). describe-* output as
 * the AWS CLI prints it: describe-virtual-interfaces gives no routeFilterPrefixes for a private VIF.
 * Without SourceIp/DestinationIp, the on-premises end of a private VIF is taken from the prefixes its VGW
 * propagated into the VPC's route tables (172.20.0.0/16 here), not the documentation address 192.0.2.10, which
 * no route sends to the VGW and no security group allows.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./dx-private-vif-defaults.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const VIF = "dxvif-fgdx0001";
const I = "i-0dx0000000000001";

describe("scenario: a private virtual interface's on-premises address by default", () => {
  it("VIF -> instance without SourceIp: from 172.20.0.10, a propagated on-premises prefix (was 192.0.2.10, ENI_SG_RULES_MISMATCH)", () => {
    const v = ask({ Source: VIF, Destination: I, Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([VIF, "vgw-0dx0000000000001", "acl-default-vpc-0dx0000000000001", "sg-0dx0000000000001", "eni-of-i-0dx0000000000001", I]);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.SourceAddresses).toEqual(["172.20.0.10/32"]);
  });

  it("instance -> VIF without DestinationIp: to 172.20.0.10 through the VGW (was 192.0.2.10, NO_ROUTE_TO_DESTINATION)", () => {
    const v = ask({ Source: I, Destination: VIF, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual([]);
    expect(v.found).toBe(true);
    expect(v.forward.slice(-2)).toEqual(["vgw-0dx0000000000001", VIF]);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.DestinationAddresses).toEqual(["172.20.0.10/32"]);
  });

  it("a SourceIp is used as given", () => {
    const v = ask({ Source: VIF, SourceIp: "192.0.2.44", Destination: I, Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });
});
