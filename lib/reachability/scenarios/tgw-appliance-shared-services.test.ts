/**
 * Source: AWS Transit Gateway guide, "Example: Appliance in a shared services VPC" and "Appliance mode": spoke
 * attachments send 0.0.0.0/0 to the appliance VPC's attachment; the appliance VPC's transit gateway subnets route
 * to the appliance in their AZ, which routes back to the transit gateway. Without appliance mode the reply enters
 * the appliance VPC in its own AZ (a different appliance): the stateful appliance drops it. With appliance mode the
 * transit gateway keeps the flow on one appliance both ways.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-appliance-shared-services.json";
import { scenario } from "./harness";

const q = { Source: "i-a", Destination: "i-b", Protocol: "tcp", DestinationPort: 22 };
const withMode = (mode: string) => {
  const s = structuredClone(snapshot);
  s.TransitGatewayVpcAttachments[2]!.Options!.ApplianceModeSupport = mode;
  return scenario(s).ask;
};

describe("scenario: appliance in a shared services VPC", () => {
  it("the request crosses the appliance in the source's AZ and enters the transit gateway twice", () => {
    const v = withMode("enable")(q);
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([
      "i-a", "eni-of-i-a", "sg-a", "acl-default-vpc-a", "rtb-a", "acl-default-vpc-a", "tgw-attach-a", "tgw-1", "tgw-rtb-spokes", "tgw-attach-appliance",
      "acl-default-vpc-appliance", "rtb-c-tgw-a", "acl-default-vpc-appliance", "sg-appliance", "eni-appliance-a", "sg-appliance", "acl-default-vpc-appliance", "rtb-c-app",
      "acl-default-vpc-appliance", "tgw-attach-appliance", "tgw-1", "tgw-rtb-appliance", "tgw-attach-b", "acl-default-vpc-b", "acl-default-vpc-b", "sg-b", "eni-of-i-b", "i-b",
    ]);
  });

  it("with appliance mode the reply returns through the same appliance (8.4)", () => {
    const v = withMode("enable")(q);
    expect(v.back).toContain("eni-appliance-a");
    expect(v.back).not.toContain("eni-appliance-b");
    expect(v.back.at(-1)).toBe("i-a");
  });

  it("without appliance mode the reply enters the appliance VPC in another AZ: TGW_ATTACH_VPC_AZ_RESTRICTION (8.4)", () => {
    for (const ask of [withMode("disable"), scenario(snapshot).ask]) {
      const v = ask(q);
      expect(v.found).toBe(false);
      expect(v.forward.at(-1)).toBe("i-b");
      expect(v.codes).toEqual(["TGW_ATTACH_VPC_AZ_RESTRICTION"]);
      expect(v.back.at(-1)).toBe("tgw-attach-appliance");
      expect(v.analysis.Explanations[0]?.AvailabilityZones).toEqual(["us-east-1b", "us-east-1a"]);
    }
  });

  it("traffic the transit gateway delivers into the appliance VPC follows its attachment subnet's route table", () => {
    const v = withMode("disable")({ Source: "i-b", Destination: "i-a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.forward).toContain("rtb-c-tgw-b");
    expect(v.forward).toContain("eni-appliance-b");
  });

  it("an appliance VPC whose transit gateway subnets route back to the transit gateway loops: ROUTING_LOOP", () => {
    const s = structuredClone(snapshot) as typeof snapshot & { RouteTables: { Routes: Record<string, string>[] }[] };
    s.RouteTables[3]!.Routes = [{ DestinationCidrBlock: "0.0.0.0/0", TransitGatewayId: "tgw-1" }];
    s.TransitGatewayRouteTables[1]!.Associations = [];
    s.TransitGatewayRouteTables[0]!.Associations.push({ TransitGatewayAttachmentId: "tgw-attach-appliance", ResourceType: "vpc", ResourceId: "vpc-appliance", State: "associated" });
    const v = scenario(s).ask(q);
    expect(v.codes).toEqual(["ROUTING_LOOP"]);
  });
});
