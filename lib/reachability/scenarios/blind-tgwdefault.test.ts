/**
 * Blind scenario (written from AWS documentation before reading the engine): tgwdefault.
 * Source: AWS Transit Gateway Guide (default association and propagation route table in Options; a VPN attachment's BGP routes propagated into the table; an attachment with no association has no table to route by) and TGW NACL evaluation for an attachment in the workload subnet (tgw-nacls.md); RA code TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION (semantics 6.11, 8.5, 8.6, 11.5).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-tgwdefault.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: tgwdefault", () => {
  it("8.5/8.6 default association and propagation: i-0c31111111111111a -> i-0c32222222222222a tcp/443", () => {
    const v = ask({"Source": "i-0c31111111111111a", "Destination": "i-0c32222222222222a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0c31111111111111a", "eni-b4a475dcbd8ea3f62", "sg-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "rtb-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "tgw-attach-0c31c31c31c31c31a", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c32c32c32c32c32b", "sg-0c32b2c3d4e5f6e11", "eni-18976dd29b07bbb3c", "i-0c32222222222222a"]);
    expect(v.back).toEqual(["i-0c32222222222222a", "eni-18976dd29b07bbb3c", "sg-0c32b2c3d4e5f6e11", "acl-0c32000000000001", "rtb-0c32b2c3d4e5f6e11", "acl-0c32000000000001", "tgw-attach-0c32c32c32c32c32b", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c31c31c31c31c31a", "sg-0c31b2c3d4e5f6e10", "eni-b4a475dcbd8ea3f62", "i-0c31111111111111a"]);
  });
  it("11.5 VPN on a TGW, BGP route listed as propagated: i-0c31111111111111a -> 192.168.5.5 tcp/443", () => {
    const v = ask({"Source": "i-0c31111111111111a", "Destination": "192.168.5.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0c31111111111111a", "eni-b4a475dcbd8ea3f62", "sg-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "rtb-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "tgw-attach-0c31c31c31c31c31a", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c3vpn0000000000d", "vpn-0c3c3c3c3c3c3c3c1", "cgw-0c3c3c3c3c3c3c3c1"]);
    expect(v.back).toEqual(["cgw-0c3c3c3c3c3c3c3c1", "vpn-0c3c3c3c3c3c3c3c1", "tgw-attach-0c3vpn0000000000d", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c31c31c31c31c31a", "sg-0c31b2c3d4e5f6e10", "eni-b4a475dcbd8ea3f62", "i-0c31111111111111a"]);
  });
  it("from on-premises over the TGW VPN: vpn-0c3c3c3c3c3c3c3c1 -> i-0c31111111111111a tcp/443", () => {
    const v = ask({"Source": "vpn-0c3c3c3c3c3c3c3c1", "Destination": "i-0c31111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "192.168.5.5"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["cgw-0c3c3c3c3c3c3c3c1", "vpn-0c3c3c3c3c3c3c3c1", "tgw-attach-0c3vpn0000000000d", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c31c31c31c31c31a", "sg-0c31b2c3d4e5f6e10", "eni-b4a475dcbd8ea3f62", "i-0c31111111111111a"]);
    expect(v.back).toEqual(["i-0c31111111111111a", "eni-b4a475dcbd8ea3f62", "sg-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "rtb-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "tgw-attach-0c31c31c31c31c31a", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c3vpn0000000000d", "vpn-0c3c3c3c3c3c3c3c1", "cgw-0c3c3c3c3c3c3c3c1"]);
  });
  it("8.5 no association: i-0c33333333333333a -> i-0c31111111111111a tcp/443", () => {
    const v = ask({"Source": "i-0c33333333333333a", "Destination": "i-0c31111111111111a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"]);
    expect(v.forward).toEqual(["i-0c33333333333333a", "eni-875ccde63fe996626", "sg-0c33b2c3d4e5f6e12", "acl-0c33000000000001", "rtb-0c33b2c3d4e5f6e12", "acl-0c33000000000001", "tgw-attach-0c33c33c33c33c33c", "tgw-0c3c2c3d4e5f6a7d1"]);
    expect(v.back).toEqual([]);
  });
  it("8.5 delivered to C, reply enters TGW from an unassociated attachment: i-0c31111111111111a -> i-0c33333333333333a tcp/443", () => {
    const v = ask({"Source": "i-0c31111111111111a", "Destination": "i-0c33333333333333a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION"]);
    expect(v.forward).toEqual(["i-0c31111111111111a", "eni-b4a475dcbd8ea3f62", "sg-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "rtb-0c31b2c3d4e5f6e10", "acl-0c31000000000001", "tgw-attach-0c31c31c31c31c31a", "tgw-0c3c2c3d4e5f6a7d1", "tgw-rtb-0c3default000000001", "tgw-attach-0c33c33c33c33c33c", "sg-0c33b2c3d4e5f6e12", "eni-875ccde63fe996626", "i-0c33333333333333a"]);
    expect(v.back).toEqual(["i-0c33333333333333a", "eni-875ccde63fe996626", "sg-0c33b2c3d4e5f6e12", "acl-0c33000000000001", "rtb-0c33b2c3d4e5f6e12", "acl-0c33000000000001", "tgw-attach-0c33c33c33c33c33c", "tgw-0c3c2c3d4e5f6a7d1"]);
  });
});
