/**
 * Blind scenario (written from AWS documentation before reading the engine): tgwinspect-noapp.
 * Source: AWS Transit Gateway Guide, "Appliance mode": without it the reply may cross the inspection VPC in another AZ; RA code TGW_ATTACH_VPC_AZ_RESTRICTION (semantics 8.4).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-tgwinspect-noapp.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: tgwinspect-noapp", () => {
  it("8.4 appliance mode disabled: the reply crosses the inspection VPC in the other AZ: i-0b21111111111111a -> i-0b22222222222222a tcp/443", () => {
    const v = ask({"Source": "i-0b21111111111111a", "Destination": "i-0b22222222222222a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ATTACH_VPC_AZ_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0b21111111111111a", "eni-a128a5af1f4a3e9fd", "sg-0b21b2c3d4e5f6c10", "acl-0b21000000000001", "rtb-0b210000000000main", "acl-0b21000000000001", "tgw-attach-0b21b21b21b21b21a", "tgw-0b2b2c3d4e5f6a7c1", "tgw-rtb-0b2spoke0000000001", "tgw-attach-0b23b23b23b23b23c", "acl-0b23000000000001", "rtb-0b2300000000tgwa1", "acl-0b23000000000001", "sg-0b23b2c3d4e5f6c12", "eni-0b23fwa0000000001", "sg-0b23b2c3d4e5f6c12", "acl-0b23000000000001", "rtb-0b2300000000fw001", "acl-0b23000000000001", "tgw-attach-0b23b23b23b23b23c", "tgw-0b2b2c3d4e5f6a7c1", "tgw-rtb-0b2firewall00000001", "tgw-attach-0b22b22b22b22b22b", "sg-0b22b2c3d4e5f6c11", "eni-946bb3b6175866637", "i-0b22222222222222a"]);
    expect(v.back).toEqual(["i-0b22222222222222a", "eni-946bb3b6175866637", "sg-0b22b2c3d4e5f6c11", "acl-0b22000000000001", "rtb-0b220000000000main", "acl-0b22000000000001", "tgw-attach-0b22b22b22b22b22b", "tgw-0b2b2c3d4e5f6a7c1", "tgw-rtb-0b2spoke0000000001", "tgw-attach-0b23b23b23b23b23c"]);
  });
});
