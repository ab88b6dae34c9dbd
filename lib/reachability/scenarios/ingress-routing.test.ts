/**
 * Source: AWS VPC User Guide, "Gateway route tables" / "Middlebox routing" (VPC_Route_Tables.md, rule 1.12): an
 * edge association of a route table with the internet gateway sends inbound traffic for a subnet to a security
 * appliance's interface; the subnet's route table sends outbound traffic to the same appliance (symmetric).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./ingress-routing.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: ingress routing through an appliance (gateway route table)", () => {
  it("internet -> web instance passes through the appliance both ways", () => {
    const v = ask({ Source: "igw-inspect", SourceIp: "198.51.100.7", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-inspect", "rtb-edge", "acl-default-vpc-inspect", "sg-fw", "eni-fw", "sg-fw", "acl-default-vpc-inspect", "rtb-fw", "acl-default-vpc-inspect", "sg-web", "eni-web", "i-web"]);
    expect(v.back).toEqual(["i-web", "eni-web", "sg-web", "acl-default-vpc-inspect", "rtb-web", "acl-default-vpc-inspect", "sg-fw", "eni-fw", "sg-fw", "acl-default-vpc-inspect", "rtb-fw", "igw-inspect"]);
    expect(v.analysis.ReturnPathComponents.at(-1)?.OutboundHeader?.SourceAddresses).toEqual(["54.20.1.10/32"]);
  });

  it("without the edge association, traffic goes straight to the instance", () => {
    const s = structuredClone(snapshot);
    s.RouteTables[0]!.Associations = [];
    const v = scenario(s).ask({ Source: "igw-inspect", SourceIp: "198.51.100.7", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 });
    expect(v.forward).toEqual(["igw-inspect", "acl-default-vpc-inspect", "sg-web", "eni-web", "i-web"]);
  });
});
