/**
 * Blind scenario (written from AWS documentation before reading the engine): natacl.
 * Source: AWS VPC User Guide "Network ACLs", ephemeral ports (a NAT gateway uses ports 1024-65535, so the NAT subnet's NACL must allow the replies in) (semantics 4.5, 6.6).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-natacl.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: natacl", () => {
  it("4.5 NAT subnet NACL lacks inbound 1024-65535 from internet for the reply: i-0f01111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0f01111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["SUBNET_ACL_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0f01111111111111a", "eni-ed5893803187d9b19", "sg-0f00app000000001", "acl-0f00app000000001", "rtb-0f000000000000main", "acl-0f00pub000000001", "nat-0f00f00f00f00f001", "acl-0f00pub000000001", "rtb-0f00000000000pub01", "igw-0f00f00f00f00f001"]);
    expect(v.back).toEqual(["igw-0f00f00f00f00f001", "acl-0f00pub000000001"]);
  });
});
