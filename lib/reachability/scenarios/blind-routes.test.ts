/**
 * Blind scenario (written from AWS documentation before reading the engine): routes.
 * Source: AWS VPC User Guide, "Route tables" and "Route priority" (route-tables-priority.html: longest prefix match; routes more specific than local only to a whole subnet CIDR with an ENI/NAT/GWLBe target; blackhole routes drop) and "describe-route-tables" output, which prints a route to an instance's interface with InstanceId, InstanceOwnerId and NetworkInterfaceId together; RA codes ENI_SOURCE_DEST_CHECK_RESTRICTION, BAD_STATE_ROUTE, NO_ROUTE_TO_DESTINATION (semantics 1.3, 1.5, 1.10, 13.1).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-routes.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: routes", () => {
  it("1.5 more specific than local to appliance, sdc off: i-0f11111111111111a -> i-0f22222222222222b tcp/5432", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "i-0f22222222222222b", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f0000000000app01", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-0f0fw1000000000001", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f00000000000main", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-cea4bc1dcb8c8c09f", "i-0f22222222222222b"]);
    expect(v.back).toEqual(["i-0f22222222222222b", "eni-cea4bc1dcb8c8c09f", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f00000000000db01", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-0f0fw1000000000001", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f00000000000main", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-4e805a30beef1d704", "i-0f11111111111111a"]);
  });
  it("13.1 appliance with sdc on: i-0f33333333333333c -> i-0f44444444444444d tcp/5432", () => {
    const v = ask({"Source": "i-0f33333333333333c", "Destination": "i-0f44444444444444d", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SOURCE_DEST_CHECK_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0f33333333333333c", "eni-f59652315cbf4048d", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f0000000000app02", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-0f0fw2000000000002"]);
    expect(v.back).toEqual([]);
  });
  it("1.3 LPM /16: i-0f11111111111111a -> i-0f55555555555555e tcp/443", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "i-0f55555555555555e", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f0000000000app01", "pcx-0f0f0f0f0f0f0f0f1", "acl-0f0f0f0f0f0f0f002", "sg-0f0all0000000002", "eni-66d3ff8aa5a18bfd2", "i-0f55555555555555e"]);
    expect(v.back).toEqual(["i-0f55555555555555e", "eni-66d3ff8aa5a18bfd2", "sg-0f0all0000000002", "acl-0f0f0f0f0f0f0f002", "rtb-0f0000000peer0001", "pcx-0f0f0f0f0f0f0f0f1", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-4e805a30beef1d704", "i-0f11111111111111a"]);
  });
  it("1.10 blackhole /25 wins LPM: i-0f11111111111111a -> i-0f66666666666666f tcp/443", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "i-0f66666666666666f", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["BAD_STATE_ROUTE"]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f0000000000app01"]);
    expect(v.back).toEqual([]);
  });
  it("no route: i-0f11111111111111a -> 10.99.0.5 tcp/443", () => {
    const v = ask({"Source": "i-0f11111111111111a", "Destination": "10.99.0.5", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward).toEqual(["i-0f11111111111111a", "eni-4e805a30beef1d704", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f0000000000app01"]);
    expect(v.back).toEqual([]);
  });
  it("main-less subnet own RT: local: i-0f22222222222222b -> i-0f44444444444444d tcp/5432", () => {
    const v = ask({"Source": "i-0f22222222222222b", "Destination": "i-0f44444444444444d", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0f22222222222222b", "eni-cea4bc1dcb8c8c09f", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f00000000000db01", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-a4f0a9c7f58ce243e", "i-0f44444444444444d"]);
    expect(v.back).toEqual(["i-0f44444444444444d", "eni-a4f0a9c7f58ce243e", "sg-0f0all0000000001", "acl-0f0f0f0f0f0f0f001", "rtb-0f00000000000db02", "acl-0f0f0f0f0f0f0f001", "sg-0f0all0000000001", "eni-cea4bc1dcb8c8c09f", "i-0f22222222222222b"]);
  });
});
