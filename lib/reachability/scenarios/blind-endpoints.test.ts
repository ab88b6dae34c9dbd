/**
 * Blind scenario (written from AWS documentation before reading the engine): endpoints.
 * Source: AWS PrivateLink Guide ("Gateway endpoints for Amazon S3": prefix-list route, SG egress to pl-, not usable across peering; "Interface endpoints": an ENI with the endpoint's security groups; endpoint services behind an NLB; an endpoint cannot initiate) and RA codes VPCE_GATEWAY_PROTOCOL_RESTRICTION, VPCE_INTRA_VPC_TRAFFIC, PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, DISCONNECTED_VPCS (semantics 9.1-9.8).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-endpoints.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: endpoints", () => {
  it("9.1/9.2: i-0bb1111111111111a -> 52.216.10.10 tcp/443", () => {
    const v = ask({"Source": "i-0bb1111111111111a", "Destination": "52.216.10.10", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0bb1111111111111a", "eni-5e178ed7b01ea7a08", "sg-0bb0s3only000001", "acl-0bb0bb0bb0bb0bb01", "rtb-0bb00000000000main", "vpce-0a1b2c3d4e5f6a7b1"]);
    expect(v.back).toEqual(["vpce-0a1b2c3d4e5f6a7b1", "acl-0bb0bb0bb0bb0bb01", "sg-0bb0s3only000001", "eni-5e178ed7b01ea7a08", "i-0bb1111111111111a"]);
  });
  it("SG egress only PL: i-0bb1111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0bb1111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0bb1111111111111a", "eni-5e178ed7b01ea7a08", "sg-0bb0s3only000001"]);
    expect(v.back).toEqual([]);
  });
  it("9.4: i-0bb2222222222222b -> 52.216.10.10 udp/53", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "52.216.10.10", "Protocol": "udp", "DestinationPort": 53});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VPCE_GATEWAY_PROTOCOL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "acl-0bb0bb0bb0bb0bb01", "rtb-0bb00000000000main", "vpce-0a1b2c3d4e5f6a7b1"]);
    expect(v.back).toEqual([]);
  });
  it("9.3 across peering: i-0bc1111111111111a -> 52.216.10.10 tcp/443", () => {
    const v = ask({"Source": "i-0bc1111111111111a", "Destination": "52.216.10.10", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward).toEqual(["i-0bc1111111111111a", "eni-006442a315c6b70ab", "sg-0bc0all000000001", "acl-0bc0bc0bc0bc0bc01", "rtb-0bc00000000000main", "pcx-0bb0bc0bb0bc0bb01"]);
    expect(v.back).toEqual([]);
  });
  it("9.5: i-0bb2222222222222b -> vpce-0a1b2c3d4e5f6a7b2 tcp/443", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "vpce-0a1b2c3d4e5f6a7b2", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "sg-0bb0vpce00000001", "vpce-0a1b2c3d4e5f6a7b2"]);
    expect(v.back).toEqual(["vpce-0a1b2c3d4e5f6a7b2", "eni-0bbvpce0000000001", "sg-0bb0vpce00000001", "sg-0bb0all000000001", "eni-9ffc447957af2905e", "i-0bb2222222222222b"]);
  });
  it("9.5 SG: i-0bb2222222222222b -> vpce-0a1b2c3d4e5f6a7b2 tcp/80", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "vpce-0a1b2c3d4e5f6a7b2", "Protocol": "tcp", "DestinationPort": 80});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "sg-0bb0vpce00000001"]);
    expect(v.back).toEqual([]);
  });
  it("9.8 IFE across peering: i-0bc1111111111111a -> vpce-0a1b2c3d4e5f6a7b2 tcp/443", () => {
    const v = ask({"Source": "i-0bc1111111111111a", "Destination": "vpce-0a1b2c3d4e5f6a7b2", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0bc1111111111111a", "eni-006442a315c6b70ab", "sg-0bc0all000000001", "acl-0bc0bc0bc0bc0bc01", "rtb-0bc00000000000main", "pcx-0bb0bc0bb0bc0bb01", "acl-0bb0bb0bb0bb0bb01", "sg-0bb0vpce00000001", "vpce-0a1b2c3d4e5f6a7b2"]);
    expect(v.back).toEqual(["vpce-0a1b2c3d4e5f6a7b2", "eni-0bbvpce0000000001", "sg-0bb0vpce00000001", "acl-0bb0bb0bb0bb0bb01", "rtb-0bb00000000000main", "pcx-0bb0bc0bb0bc0bb01", "acl-0bc0bc0bc0bc0bc01", "sg-0bc0all000000001", "eni-006442a315c6b70ab", "i-0bc1111111111111a"]);
  });
  it("9.7 PrivateLink: i-0bb2222222222222b -> vpce-0a1b2c3d4e5f6a7b3 tcp/443", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "vpce-0a1b2c3d4e5f6a7b3", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "sg-0bb0vpce00000001", "vpce-0a1b2c3d4e5f6a7b3", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/svc-nlb/0a1b2c3d4e5f6a7b", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/svc-tg/1a2b3c4d5e6f7a8b", "eni-of-svc-nlb-subnet-0bd0nlb00000000d1", "sg-0bd0svc000000001", "eni-211649d483d8da69f", "i-0bd1111111111111a"]);
    expect(v.back).toEqual(["i-0bd1111111111111a", "eni-211649d483d8da69f", "sg-0bd0svc000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/svc-nlb/0a1b2c3d4e5f6a7b", "vpce-0a1b2c3d4e5f6a7b3", "eni-0bbvpce0000000002", "sg-0bb0vpce00000001", "sg-0bb0all000000001", "eni-9ffc447957af2905e", "i-0bb2222222222222b"]);
  });
  it("9.6: vpce-0a1b2c3d4e5f6a7b2 -> i-0bb2222222222222b tcp/443", () => {
    const v = ask({"Source": "vpce-0a1b2c3d4e5f6a7b2", "Destination": "i-0bb2222222222222b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VPCE_INTRA_VPC_TRAFFIC"]);
    expect(v.forward).toEqual(["vpce-0a1b2c3d4e5f6a7b2"]);
    expect(v.back).toEqual([]);
  });
  it("provider not routable: i-0bb2222222222222b -> i-0bd1111111111111a tcp/8443", () => {
    const v = ask({"Source": "i-0bb2222222222222b", "Destination": "i-0bd1111111111111a", "Protocol": "tcp", "DestinationPort": 8443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["DISCONNECTED_VPCS"]);
    expect(v.forward).toEqual(["i-0bb2222222222222b", "eni-9ffc447957af2905e", "sg-0bb0all000000001", "acl-0bb0bb0bb0bb0bb01", "rtb-0bb00000000000main"]);
    expect(v.back).toEqual([]);
  });
});
