/**
 * Blind scenario (written from AWS documentation before reading the engine): tgw.
 * Source: AWS Transit Gateway Guide ("How transit gateways work": association and propagation, route tables for isolation, blackhole static routes, VPC route tables not filled in, one attachment subnet per AZ) and RA codes TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT, TGW_RTB_BAD_STATE_ROUTE, TGW_ROUTE_AZ_RESTRICTION, NO_ROUTE_TO_DESTINATION (semantics 8.2, 8.5-8.8, 8.12).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-tgw.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: tgw", () => {
  it("8.5/8.6: i-0711111111111111a -> i-0722222222222222a tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111a", "Destination": "i-0722222222222222a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0711111111111111a", "eni-c2cc1873fc12df33e", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "acl-0711000000000001", "tgw-attach-0711111111111111a", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0722222222222222b", "sg-0722222222222222b", "eni-1c4fbf5682562a002", "i-0722222222222222a"]);
    expect(v.back).toEqual(["i-0722222222222222a", "eni-1c4fbf5682562a002", "sg-0722222222222222b", "acl-0722000000000001", "rtb-0722000000000main", "acl-0722000000000001", "tgw-attach-0722222222222222b", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0711111111111111a", "acl-0711000000000001", "acl-0711000000000001", "sg-0711111111111111a", "eni-c2cc1873fc12df33e", "i-0711111111111111a"]);
  });
  it("isolation: prod RT has no dev route: i-0711111111111111a -> i-0733333333333333a tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111a", "Destination": "i-0733333333333333a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(v.forward).toEqual(["i-0711111111111111a", "eni-c2cc1873fc12df33e", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "acl-0711000000000001", "tgw-attach-0711111111111111a", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111"]);
    expect(v.back).toEqual([]);
  });
  it("isolation reverse: i-0733333333333333a -> i-0711111111111111a tcp/443", () => {
    const v = ask({"Source": "i-0733333333333333a", "Destination": "i-0711111111111111a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT"]);
    expect(v.forward).toEqual(["i-0733333333333333a", "eni-eff79c096cfbbefd5", "sg-0733333333333333c", "acl-0733000000000001", "rtb-0733000000000main", "acl-0733000000000001", "tgw-attach-0733333333333333c", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0bbb2222222222222"]);
    expect(v.back).toEqual([]);
  });
  it("8.8 blackhole: i-0711111111111111a -> 10.12.99.10 tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111a", "Destination": "10.12.99.10", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_RTB_BAD_STATE_ROUTE"]);
    expect(v.forward).toEqual(["i-0711111111111111a", "eni-c2cc1873fc12df33e", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "acl-0711000000000001", "tgw-attach-0711111111111111a", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111"]);
    expect(v.back).toEqual([]);
  });
  it("8.2 AZ b: i-0711111111111111b -> i-0722222222222222a tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111b", "Destination": "i-0722222222222222a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0711111111111111b", "eni-8f4c55a664c0dbc7b", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "tgw-attach-0711111111111111a"]);
    expect(v.back).toEqual([]);
  });
  it("8.7 missing VPC route: i-0711111111111111c -> i-0722222222222222a tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111c", "Destination": "i-0722222222222222a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0711111111111111c", "eni-7e6208c6049ddac79", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000noTG"]);
    expect(v.back).toEqual([]);
  });
  it("8.7/8.12 P3 has no route back (return): i-0711111111111111a -> i-0744444444444444a tcp/443", () => {
    const v = ask({"Source": "i-0711111111111111a", "Destination": "i-0744444444444444a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0711111111111111a", "eni-c2cc1873fc12df33e", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "acl-0711000000000001", "tgw-attach-0711111111111111a", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0744444444444444d", "sg-0744444444444444d", "eni-2d761d8476a3db902", "i-0744444444444444a"]);
    expect(v.back).toEqual(["i-0744444444444444a", "eni-2d761d8476a3db902", "sg-0744444444444444d", "acl-0744000000000001", "rtb-0744000000000main"]);
  });
  it("source a VPC attachment (no SourceIp): the packet comes from that VPC (10.12.0.0/16), which the SG allows: tgw-attach-0722222222222222b -> i-0711111111111111a tcp/443", () => {
    const v = ask({"Source": "tgw-attach-0722222222222222b", "Destination": "i-0711111111111111a", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["tgw-attach-0722222222222222b", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0711111111111111a", "acl-0711000000000001", "acl-0711000000000001", "sg-0711111111111111a", "eni-c2cc1873fc12df33e", "i-0711111111111111a"]);
    expect(v.back).toEqual(["i-0711111111111111a", "eni-c2cc1873fc12df33e", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "acl-0711000000000001", "tgw-attach-0711111111111111a", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0722222222222222b"]);
  });
  it("8.2 inbound delivered to AZ b, reply from AZ b cannot reach TGW: i-0722222222222222a -> i-0711111111111111b tcp/443", () => {
    const v = ask({"Source": "i-0722222222222222a", "Destination": "i-0711111111111111b", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["TGW_ROUTE_AZ_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0722222222222222a", "eni-1c4fbf5682562a002", "sg-0722222222222222b", "acl-0722000000000001", "rtb-0722000000000main", "acl-0722000000000001", "tgw-attach-0722222222222222b", "tgw-0a1b2c3d4e5f6a7b8", "tgw-rtb-0aaa1111111111111", "tgw-attach-0711111111111111a", "acl-0711000000000001", "acl-0711000000000001", "sg-0711111111111111a", "eni-8f4c55a664c0dbc7b", "i-0711111111111111b"]);
    expect(v.back).toEqual(["i-0711111111111111b", "eni-8f4c55a664c0dbc7b", "sg-0711111111111111a", "acl-0711000000000001", "rtb-0711000000000main", "tgw-attach-0711111111111111a"]);
  });
});
