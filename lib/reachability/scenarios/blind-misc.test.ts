/**
 * Blind scenario (written from AWS documentation before reading the engine): misc.
 * Source: AWS VPC User Guide (default security group allows members of itself) and RA codes BAD_STATE, BAD_STATE_ATTACHMENT, NO_POSSIBLE_DESTINATION (semantics 5.7, 13.3).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-misc.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: misc", () => {
  it("5.7 default SG self-reference: i-0dd1111111111111a -> i-0dd3333333333333c tcp/443", () => {
    const v = ask({"Source": "i-0dd1111111111111a", "Destination": "i-0dd3333333333333c", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0dd1111111111111a", "eni-ab454a86447e00c1a", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-d00b2ca2a80db2133", "i-0dd3333333333333c"]);
    expect(v.back).toEqual(["i-0dd3333333333333c", "eni-d00b2ca2a80db2133", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-ab454a86447e00c1a", "i-0dd1111111111111a"]);
  });
  it("13.3 stopped dest: i-0dd1111111111111a -> i-0dd2222222222222b tcp/443", () => {
    const v = ask({"Source": "i-0dd1111111111111a", "Destination": "i-0dd2222222222222b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["i-0dd1111111111111a", "eni-ab454a86447e00c1a", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-eb13723d1f657961f", "i-0dd2222222222222b"]);
    expect(v.back).toEqual([]);
  });
  it("13.3 stopped source: i-0dd2222222222222b -> i-0dd1111111111111a tcp/443", () => {
    const v = ask({"Source": "i-0dd2222222222222b", "Destination": "i-0dd1111111111111a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE"]);
    expect(v.forward).toEqual(["i-0dd2222222222222b"]);
    expect(v.back).toEqual([]);
  });
  it("13.3 detached ENI: i-0dd1111111111111a -> eni-0dd0detached00001 tcp/443", () => {
    const v = ask({"Source": "i-0dd1111111111111a", "Destination": "eni-0dd0detached00001", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_ATTACHMENT"]);
    expect(v.forward).toEqual(["i-0dd1111111111111a", "eni-ab454a86447e00c1a", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-0dd0detached00001"]);
    expect(v.back).toEqual([]);
  });
  it("dest as private IP: i-0dd1111111111111a -> 172.31.17.20 tcp/443", () => {
    const v = ask({"Source": "i-0dd1111111111111a", "Destination": "172.31.17.20", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0dd1111111111111a", "eni-ab454a86447e00c1a", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-d00b2ca2a80db2133", "i-0dd3333333333333c"]);
    expect(v.back).toEqual(["i-0dd3333333333333c", "eni-d00b2ca2a80db2133", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main", "acl-0dd0dd0dd0dd0dd01", "sg-0dd0default00001", "eni-ab454a86447e00c1a", "i-0dd1111111111111a"]);
  });
  it("unused IP in VPC: i-0dd1111111111111a -> 172.31.200.1 tcp/443", () => {
    const v = ask({"Source": "i-0dd1111111111111a", "Destination": "172.31.200.1", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_POSSIBLE_DESTINATION"]);
    expect(v.forward).toEqual(["i-0dd1111111111111a", "eni-ab454a86447e00c1a", "sg-0dd0default00001", "acl-0dd0dd0dd0dd0dd01", "rtb-0dd00000000000main"]);
    expect(v.back).toEqual([]);
  });
});
