/**
 * Blind scenario (written from AWS documentation before reading the engine): dx.
 * Source: AWS Direct Connect User Guide ("Virtual interfaces": a private VIF reaches one VPC through its VGW) and VPC route priority (Direct Connect BGP before VPN static for the same prefix; semantics 12.1, 12.3).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-dx.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: dx", () => {
  it("12.1 private VIF: dxvif-ffabc123 -> i-0aa1111111111111a tcp/22", () => {
    const v = ask({"Source": "dxvif-ffabc123", "Destination": "i-0aa1111111111111a", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "172.20.1.5"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["dxvif-ffabc123", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
    expect(v.back).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "dxvif-ffabc123"]);
  });
  it("12.1 to DX: i-0aa1111111111111a -> 172.20.1.5 tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "172.20.1.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "dxvif-ffabc123"]);
    expect(v.back).toEqual(["dxvif-ffabc123", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
  });
  // Third blind pass: the VIF's BGP prefixes are those the route table shows propagated (172.20.0.0/16, 10.70.2.0/24),
  // so 192.168.10.0/24 is known to the VGW only through the static VPN (VPN route priority: known prefixes only).
  it("12.3 a prefix only the static VPN names goes over the VPN: i-0aa1111111111111a -> 192.168.10.5 tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "192.168.10.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a001", "cgw-0a1a1a1a1a1a1a1a1"]);
    expect(v.back.slice(0, 3)).toEqual(["cgw-0a1a1a1a1a1a1a1a1", "vpn-0a1b2c3d4e5f6a001", "vgw-0a1b2c3d4e5f6a7b8"]);
  });
});
