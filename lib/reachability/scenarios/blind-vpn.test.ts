/**
 * Blind scenario (written from AWS documentation before reading the engine): vpn.
 * Source: AWS Site-to-Site VPN User Guide ("Route tables and VPN route priority": static and propagated routes, local beats a more specific propagated route; tunnel telemetry, one tunnel up suffices) and RA code BAD_STATE_VPN (semantics 11.1-11.3).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-vpn.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: vpn", () => {
  it("11.2 static: i-0aa1111111111111a -> 192.168.10.5 tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "192.168.10.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a001", "cgw-0a1a1a1a1a1a1a1a1"]);
    expect(v.back).toEqual(["cgw-0a1a1a1a1a1a1a1a1", "vpn-0a1b2c3d4e5f6a001", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
  });
  it("inbound VPN: vpn-0a1b2c3d4e5f6a001 -> i-0aa1111111111111a tcp/22", () => {
    const v = ask({"Source": "vpn-0a1b2c3d4e5f6a001", "Destination": "i-0aa1111111111111a", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "192.168.10.5"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["cgw-0a1a1a1a1a1a1a1a1", "vpn-0a1b2c3d4e5f6a001", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
    expect(v.back).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a001", "cgw-0a1a1a1a1a1a1a1a1"]);
  });
  it("11.2 propagated (static VPN, route propagation): i-0aa1111111111111a -> 192.168.20.5 tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "192.168.20.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a002", "cgw-0b2b2b2b2b2b2b2b2"]);
    expect(v.back).toEqual(["cgw-0b2b2b2b2b2b2b2b2", "vpn-0a1b2c3d4e5f6a002", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
  });
  it("tunnels down: i-0aa1111111111111a -> 192.168.30.5 tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "192.168.30.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_VPN"]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "vgw-0a1b2c3d4e5f6a7b8", "vpn-0a1b2c3d4e5f6a003"]);
    expect(v.back).toEqual([]);
  });
  it("11.3 local beats more specific propagated: i-0aa1111111111111a -> i-0aa2222222222222b tcp/443", () => {
    const v = ask({"Source": "i-0aa1111111111111a", "Destination": "i-0aa2222222222222b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0aa1111111111111a", "eni-94b7e3fcf40b7bc26", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-87eec96c951a5491d", "i-0aa2222222222222b"]);
    expect(v.back).toEqual(["i-0aa2222222222222b", "eni-87eec96c951a5491d", "sg-0aa0app0000000001", "acl-0aa0aa0aa0aa0aa01", "rtb-0aa00000000000main", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001", "eni-94b7e3fcf40b7bc26", "i-0aa1111111111111a"]);
  });
  it("SG: vpn-0a1b2c3d4e5f6a001 -> i-0aa1111111111111a tcp/3389", () => {
    const v = ask({"Source": "vpn-0a1b2c3d4e5f6a001", "Destination": "i-0aa1111111111111a", "Protocol": "tcp", "DestinationPort": 3389, "SourceIp": "192.168.10.5"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["cgw-0a1a1a1a1a1a1a1a1", "vpn-0a1b2c3d4e5f6a001", "vgw-0a1b2c3d4e5f6a7b8", "acl-0aa0aa0aa0aa0aa01", "sg-0aa0app0000000001"]);
    expect(v.back).toEqual([]);
  });
});
