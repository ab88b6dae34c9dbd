/**
 * Source: AWS Direct Connect User Guide, "Virtual interfaces" (a public virtual interface reaches AWS public IP
 * addresses; the customer announces its own public prefixes over it, which describe-virtual-interfaces lists as
 * routeFilterPrefixes) and semantics 12.1. Third blind pass.
 *
 * Snapshot dx-public-vif.json: a VPC with an internet gateway and an instance with a public IP whose security group
 * admits ssh only from the company's public range 198.51.100.0/24, which the public VIF announces.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./dx-public-vif.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: a public virtual interface", () => {
  it("without SourceIp, the on-premises host is in the VIF's announced public prefix (routeFilterPrefixes), not TEST-NET", () => {
    const v = ask({ Source: "dxvif-fpub0001", Destination: "i-0def0000000000001", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["dxvif-fpub0001", "igw-0def0000000000001", "acl-default-vpc-0def0000000000001", "sg-0def0000000000001", "eni-0def0000000000001", "i-0def0000000000001"]);
    expect(v.analysis.ForwardPathComponents[0]?.OutboundHeader?.SourceAddresses).toEqual(["198.51.100.10/32"]);
  });

  it("a SourceIp outside the group's range is refused by the security group", () => {
    const v = ask({ Source: "dxvif-fpub0001", SourceIp: "192.0.2.44", Destination: "i-0def0000000000001", Protocol: "tcp", DestinationPort: 22 });
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("as the destination, the instance reaches the customer's public prefix through its internet gateway (the VIF carries AWS public traffic)", () => {
    const v = ask({ Source: "i-0def0000000000001", Destination: "dxvif-fpub0001", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(-2)).toEqual(["rtb-main-vpc-0def0000000000001", "igw-0def0000000000001"]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.OutboundHeader?.DestinationAddresses).toEqual(["198.51.100.10/32"]);
    const fixed = ask({ Source: "i-0def0000000000001", Destination: "dxvif-fpub0001", DestinationIp: "198.51.100.77", Protocol: "tcp", DestinationPort: 443 });
    expect(fixed.found).toBe(true);
  });
});
