/**
 * Source: AWS VPC User Guide, "Example: VPC with servers in public and private subnets" (one public subnet
 * with an internet gateway route, one private subnet), reduced to two instances; and RA Getting started (CLI),
 * Example 2 (internet gateway -> instance, forward igw > acl > sg > eni > instance, return the reverse with the
 * route table before the gateway).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./simple-vpc.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("scenario: simple VPC (public web, private app)", () => {
  it("instance to instance across subnets: full forward and return path", () => {
    const v = ask({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-web", "eni-of-i-web", "sg-web", "acl-default-vpc-shop", "rtb-public", "acl-default-vpc-shop", "sg-app", "eni-of-i-app", "i-app"]);
    expect(v.back).toEqual(["i-app", "eni-of-i-app", "sg-app", "acl-default-vpc-shop", "rtb-main-vpc-shop", "acl-default-vpc-shop", "sg-web", "eni-of-i-web", "i-web"]);
  });

  it("RA Example 2 shape: internet gateway to instance", () => {
    const v = ask({ Source: "igw-main", SourceIp: "198.51.100.7", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["igw-main", "acl-default-vpc-shop", "sg-web", "eni-of-i-web", "i-web"]);
    expect(v.back).toEqual(["i-web", "eni-of-i-web", "sg-web", "acl-default-vpc-shop", "rtb-public", "igw-main"]);
    const igw = v.analysis.ForwardPathComponents[0];
    expect(igw?.InboundHeader?.DestinationAddresses).toEqual(["203.0.113.10/32"]);
    expect(igw?.OutboundHeader?.DestinationAddresses).toEqual(["10.0.1.10/32"]);
  });

  it("instance to the internet through the IGW (2.1, 2.3): source NAT shown", () => {
    const v = ask({ Source: "i-web", Destination: "igw-main", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-web", "eni-of-i-web", "sg-web", "acl-default-vpc-shop", "rtb-public", "igw-main"]);
    expect(v.analysis.ForwardPathComponents.at(-1)?.OutboundHeader?.SourceAddresses).toEqual(["203.0.113.10/32"]);
  });

  it("SG referencing: web reaches app on 8080 but not on 22", () => {
    expect(ask({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 22 }).codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
  });

  it("private subnet has no route to the internet (2.2)", () => {
    const v = ask({ Source: "i-app", Destination: "igw-main", Protocol: "tcp", DestinationPort: 443 });
    expect(v).toMatchObject({ found: false, codes: ["NO_ROUTE_TO_DESTINATION"] });
    expect(v.forward.at(-1)).toBe("rtb-main-vpc-shop");
  });

  it("the internet cannot reach a private address (2.5)", () => {
    const v = ask({ Source: "igw-main", SourceIp: "198.51.100.7", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 });
    expect(v).toMatchObject({ found: false, codes: ["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"], forward: ["igw-main"] });
  });
});
