/**
 * Source: AWS Transit Gateway Guide, "Security group referencing" (tgw-vpc-attachments.html; the AWS Networking &
 * Content Delivery blog "Introducing security group referencing for AWS Transit Gateway": inbound rules may reference
 * security groups of other VPCs attached to the same transit gateway in the same Region; outbound references over a
 * transit gateway are not supported) and the EC2 API reference (TransitGatewayOptions.SecurityGroupReferencingSupport:
 * "disabled by default"; CreateTransitGatewayVpcAttachmentRequestOptions: enabled by default on the attachment, the
 * transit gateway level defaulting to disable). RA explanation code SG_REFERENCING_SUPPORT (semantics 5.9).
 *
 * Three VPCs on one transit gateway (default route table); VPC 2's group admits tcp/443 from VPC 1's group (a
 * reference) and tcp/22 from VPC 1's CIDR.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./tgw-sg-referencing.json";
import { scenario } from "./harness";

const A = "i-0c31111111111111a";
const B = "i-0c32222222222222a";
const SG_B = "sg-0c32b2c3d4e5f6e11";

function variant(change: (s: typeof snapshot) => void) {
  const s = structuredClone(snapshot);
  change(s);
  return scenario(s);
}

describe("scenario: security group references across a transit gateway", () => {
  it("enabled on the transit gateway and both attachments: the reference matches (5.6)", () => {
    const v = scenario(snapshot).ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.slice(-3)).toEqual([SG_B, "eni-18976dd29b07bbb3c", B]);
  });

  it("disabled on the transit gateway (its default): the reference does not match, SG_REFERENCING_SUPPORT (5.9)", () => {
    const v = variant((s) => {
      s.TransitGateways[0]!.Options.SecurityGroupReferencingSupport = "disable";
    }).ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SG_REFERENCING_SUPPORT"]);
    expect(v.forward.slice(-2)).toEqual(["tgw-attach-0c32c32c32c32c32b", SG_B]);
    expect(v.analysis.Explanations[0]?.Direction).toBe("ingress");
    expect(v.analysis.Explanations[0]?.TransitGateway?.Id).toBe("tgw-0c3c2c3d4e5f6a7d1");
  });

  it("a transit gateway without Options is taken with AWS's default (disabled)", () => {
    const v = variant((s) => {
      delete (s.TransitGateways[0] as Record<string, unknown>).Options;
    }).ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["SG_REFERENCING_SUPPORT"]);
  });

  it("disabled on the destination's attachment: SG_REFERENCING_SUPPORT naming that attachment", () => {
    const v = variant((s) => {
      s.TransitGatewayVpcAttachments[1]!.Options.SecurityGroupReferencingSupport = "disable";
    }).ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["SG_REFERENCING_SUPPORT"]);
    expect(v.analysis.Explanations[0]?.TransitGatewayAttachment?.Id).toBe("tgw-attach-0c32c32c32c32c32b");
  });

  it("a CIDR rule is unaffected by the option; a port no rule allows stays ENI_SG_RULES_MISMATCH", () => {
    const off = variant((s) => {
      s.TransitGateways[0]!.Options.SecurityGroupReferencingSupport = "disable";
    });
    expect(off.ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 22 }).found).toBe(true);
    expect(off.ask({ Source: A, Destination: B, Protocol: "tcp", DestinationPort: 8080 }).codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });
});
