/**
 * Blind scenario (written from AWS documentation before reading the engine): hybrid.
 * Source: AWS VPC User Guide "Route priority" (a static route to an ENI beats a propagated route with the same destination; prefix-list route by longest prefix), Site-to-Site VPN (one tunnel up suffices), VPC Peering "invalid configurations" (edge-to-edge through a peer's NAT gateway or VPN is not supported) and RA codes VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, PCX_REQUIRES_ADDRESS_IN_VPC_CIDR (semantics 1.8, 1.9, 4.6, 7.4, 9.3, 11.1, 11.4).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-hybrid.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: hybrid", () => {
  it("1.8 static ENI beats propagated: i-0ee1111111111111a -> 192.168.50.5 tcp/443", () => {
    const v = ask({"Source": "i-0ee1111111111111a", "Destination": "192.168.50.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0ee1111111111111a", "eni-1c3accf382dc3b4af", "sg-0ee0all000000001", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee00000000000main", "acl-0ee0ee0ee0ee0ee01", "sg-0ee0all000000001", "eni-0ee0fw00000000001", "sg-0ee0all000000001", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee00000000000fw01", "vgw-0ee1b2c3d4e5f6ab2", "vpn-0ee0ee0ee0ee0ee01", "cgw-0ee0ee0ee0ee0ee01"]);
    expect(v.back).toEqual(["cgw-0ee0ee0ee0ee0ee01", "vpn-0ee0ee0ee0ee0ee01", "vgw-0ee1b2c3d4e5f6ab2", "acl-0ee0ee0ee0ee0ee01", "sg-0ee0all000000001", "eni-1c3accf382dc3b4af", "i-0ee1111111111111a"]);
  });
  it("propagated, one tunnel up (11.1): i-0ee1111111111111a -> 192.168.60.5 tcp/443", () => {
    const v = ask({"Source": "i-0ee1111111111111a", "Destination": "192.168.60.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0ee1111111111111a", "eni-1c3accf382dc3b4af", "sg-0ee0all000000001", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee00000000000main", "vgw-0ee1b2c3d4e5f6ab2", "vpn-0ee0ee0ee0ee0ee01", "cgw-0ee0ee0ee0ee0ee01"]);
    expect(v.back).toEqual(["cgw-0ee0ee0ee0ee0ee01", "vpn-0ee0ee0ee0ee0ee01", "vgw-0ee1b2c3d4e5f6ab2", "acl-0ee0ee0ee0ee0ee01", "sg-0ee0all000000001", "eni-1c3accf382dc3b4af", "i-0ee1111111111111a"]);
  });
  it("7.4/11.4 VPN to peered VPC: vpn-0ee0ee0ee0ee0ee01 -> i-0ef1111111111111a tcp/443", () => {
    const v = ask({"Source": "vpn-0ee0ee0ee0ee0ee01", "Destination": "i-0ef1111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "192.168.60.5"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["cgw-0ee0ee0ee0ee0ee01", "vpn-0ee0ee0ee0ee0ee01", "vgw-0ee1b2c3d4e5f6ab2"]);
    expect(v.back).toEqual([]);
  });
  it("4.6 VPN to NAT: vpn-0ee0ee0ee0ee0ee01 -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "vpn-0ee0ee0ee0ee0ee01", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "192.168.60.5"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["cgw-0ee0ee0ee0ee0ee01", "vpn-0ee0ee0ee0ee0ee01", "vgw-0ee1b2c3d4e5f6ab2"]);
    expect(v.back).toEqual([]);
  });
  it("9.3 VPN to GWE: vpn-0ee0ee0ee0ee0ee01 -> 52.216.1.1 tcp/443", () => {
    const v = ask({"Source": "vpn-0ee0ee0ee0ee0ee01", "Destination": "52.216.1.1", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "192.168.60.5"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["cgw-0ee0ee0ee0ee0ee01", "vpn-0ee0ee0ee0ee0ee01", "vgw-0ee1b2c3d4e5f6ab2"]);
    expect(v.back).toEqual([]);
  });
  it("7.4 edge via peer NAT: i-0ef1111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0ef1111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward).toEqual(["i-0ef1111111111111a", "eni-c749b1dd9d75593d2", "sg-0ef0all000000001", "acl-0ef0ef0ef0ef0ef01", "rtb-0ef00000000000main", "pcx-0ee0ef0ee0ef0ee01"]);
    expect(v.back).toEqual([]);
  });
  it("7.4 edge via peer VPN: i-0ef1111111111111a -> 192.168.60.5 tcp/443", () => {
    const v = ask({"Source": "i-0ef1111111111111a", "Destination": "192.168.60.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"]);
    expect(v.forward).toEqual(["i-0ef1111111111111a", "eni-c749b1dd9d75593d2", "sg-0ef0all000000001", "acl-0ef0ef0ef0ef0ef01", "rtb-0ef00000000000main", "pcx-0ee0ef0ee0ef0ee01"]);
    expect(v.back).toEqual([]);
  });
  it("NAT: i-0ee1111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0ee1111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0ee1111111111111a", "eni-1c3accf382dc3b4af", "sg-0ee0all000000001", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee00000000000main", "acl-0ee0ee0ee0ee0ee01", "nat-0ee0ee0ee0ee0ee01", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee0000000000pub01", "igw-0ee0ee0ee0ee0ee01"]);
    expect(v.back).toEqual(["igw-0ee0ee0ee0ee0ee01", "acl-0ee0ee0ee0ee0ee01", "nat-0ee0ee0ee0ee0ee01", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee0000000000pub01", "acl-0ee0ee0ee0ee0ee01", "sg-0ee0all000000001", "eni-1c3accf382dc3b4af", "i-0ee1111111111111a"]);
  });
  it("1.9 prefix-list route beats 0/0 (LPM /15): i-0ee1111111111111a -> 52.216.1.1 tcp/443", () => {
    const v = ask({"Source": "i-0ee1111111111111a", "Destination": "52.216.1.1", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0ee1111111111111a", "eni-1c3accf382dc3b4af", "sg-0ee0all000000001", "acl-0ee0ee0ee0ee0ee01", "rtb-0ee00000000000main", "vpce-0ee0s3000000000001"]);
    expect(v.back).toEqual(["vpce-0ee0s3000000000001", "acl-0ee0ee0ee0ee0ee01", "sg-0ee0all000000001", "eni-1c3accf382dc3b4af", "i-0ee1111111111111a"]);
  });
});
