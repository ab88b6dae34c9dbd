/**
 * Blind scenario (written from AWS documentation before reading the engine): states.
 * Source: AWS VPC User Guide (a route whose NAT gateway failed, or whose internet gateway was detached, is blackhole; a pending NAT gateway is not functional; security group egress rules may reference a group, matched by member private IPs; an instance's second interface at DeviceIndex 1) and RA codes BAD_STATE, BAD_STATE_ROUTE, ENI_SG_RULES_MISMATCH (semantics 1.10, 5.6, 13.3).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-states.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: states", () => {
  it("1.10 route to a failed NAT gateway is blackhole: i-0d51111111111111a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0d51111111111111a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_ROUTE"]);
    expect(v.forward).toEqual(["i-0d51111111111111a", "eni-940e97d8f6fbd357c", "sg-0d50web000000001", "acl-0d50d50d50d50d501", "rtb-0d5000000000app002"]);
    expect(v.back).toEqual([]);
  });
  it("13.3 NAT gateway pending: i-0d51111111111111b -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0d51111111111111b", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["i-0d51111111111111b", "eni-a656879fbbcecf812", "sg-0d50web000000001", "acl-0d50d50d50d50d501", "rtb-0d5000000000app003", "nat-0d50pending00001"]);
    expect(v.back).toEqual([]);
  });
  it("detached IGW leaves the route blackhole: i-0d52222222222222a -> 8.8.8.8 tcp/443", () => {
    const v = ask({"Source": "i-0d52222222222222a", "Destination": "8.8.8.8", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_ROUTE"]);
    expect(v.forward).toEqual(["i-0d52222222222222a", "eni-aa4256007b8851c1c", "sg-0d52web000000001", "acl-0d52d52d52d52d521", "rtb-0d520000000000main"]);
    expect(v.back).toEqual([]);
  });
  it("SG egress referencing a SG; second ENI (DeviceIndex 1): i-0d5jump00000000001 -> eni-0d5multi00000002 tcp/22", () => {
    const v = ask({"Source": "i-0d5jump00000000001", "Destination": "eni-0d5multi00000002", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d5jump00000000001", "eni-d8d213c018fb2bc8d", "sg-0d50jump00000001", "acl-0d50d50d50d50d501", "rtb-0d5000000000app002", "acl-0d50d50d50d50d501", "sg-0d50mgmt00000001", "eni-0d5multi00000002", "i-0d5multi0000000001"]);
    expect(v.back).toEqual(["i-0d5multi0000000001", "eni-0d5multi00000002", "sg-0d50mgmt00000001", "acl-0d50d50d50d50d501", "rtb-0d500000000000main", "acl-0d50d50d50d50d501", "sg-0d50jump00000001", "eni-d8d213c018fb2bc8d", "i-0d5jump00000000001"]);
  });
  it("second ENI by IP: i-0d5jump00000000001 -> 10.200.9.10 tcp/22", () => {
    const v = ask({"Source": "i-0d5jump00000000001", "Destination": "10.200.9.10", "Protocol": "tcp", "DestinationPort": 22});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0d5jump00000000001", "eni-d8d213c018fb2bc8d", "sg-0d50jump00000001", "acl-0d50d50d50d50d501", "rtb-0d5000000000app002", "acl-0d50d50d50d50d501", "sg-0d50mgmt00000001", "eni-0d5multi00000002", "i-0d5multi0000000001"]);
    expect(v.back).toEqual(["i-0d5multi0000000001", "eni-0d5multi00000002", "sg-0d50mgmt00000001", "acl-0d50d50d50d50d501", "rtb-0d500000000000main", "acl-0d50d50d50d50d501", "sg-0d50jump00000001", "eni-d8d213c018fb2bc8d", "i-0d5jump00000000001"]);
  });
  it("terminated instance: i-0d51111111111111b -> i-0d5term00000000001 tcp/443", () => {
    const v = ask({"Source": "i-0d51111111111111b", "Destination": "i-0d5term00000000001", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["i-0d51111111111111b", "eni-a656879fbbcecf812", "sg-0d50web000000001", "sg-0d50web000000001", "eni-389c5da851c881ae5", "i-0d5term00000000001"]);
    expect(v.back).toEqual([]);
  });
  it("public IP on primary ENI: igw-0d50d50d50d50d501 -> i-0d5multi0000000001 tcp/443", () => {
    const v = ask({"Source": "igw-0d50d50d50d50d501", "Destination": "i-0d5multi0000000001", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0d50d50d50d50d501", "acl-0d50d50d50d50d501", "sg-0d50web000000001", "eni-a4ee6314223dce91c", "i-0d5multi0000000001"]);
    expect(v.back).toEqual(["i-0d5multi0000000001", "eni-a4ee6314223dce91c", "sg-0d50web000000001", "acl-0d50d50d50d50d501", "rtb-0d5000000000pub001", "igw-0d50d50d50d50d501"]);
  });
});
