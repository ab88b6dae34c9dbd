/**
 * Blind scenario (written from AWS documentation before reading the engine): ipv6alb.
 * Source: AWS VPC User Guide (IPv6 through an internet gateway, ::/0 route, no NAT) and ALB guide (ip target type, listener HTTPS 443 to HTTP 8080, target SG referencing the ALB SG; the LB picks its source port, so a NACL allowing replies to 32768-65535 still admits a path) (semantics 2.1, 3.1, 6.6, 10.3, 10.5).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-ipv6alb.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: ipv6alb", () => {
  it("IPv6 inbound through an IGW (no NAT, 3.1): igw-0c40c40c40c40c401 -> i-0c41111111111111a tcp/443", () => {
    const v = ask({"Source": "igw-0c40c40c40c40c401", "Destination": "i-0c41111111111111a", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "2607:f8b0:4004:c07::64"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0c40c40c40c40c401", "acl-0c40c40c40c40c401", "sg-0c40web000000001", "eni-8a0e33dff7ecd9221", "i-0c41111111111111a"]);
    expect(v.back).toEqual(["i-0c41111111111111a", "eni-8a0e33dff7ecd9221", "sg-0c40web000000001", "acl-0c40c40c40c40c401", "rtb-0c4000000000pub001", "igw-0c40c40c40c40c401"]);
  });
  it("IPv6 outbound through the IGW: i-0c41111111111111a -> 2607:f8b0:4004:c07::64 tcp/443", () => {
    const v = ask({"Source": "i-0c41111111111111a", "Destination": "2607:f8b0:4004:c07::64", "Protocol": "tcp", "DestinationPort": 443});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0c41111111111111a", "eni-8a0e33dff7ecd9221", "sg-0c40web000000001", "acl-0c40c40c40c40c401", "rtb-0c4000000000pub001", "igw-0c40c40c40c40c401"]);
    expect(v.back).toEqual(["igw-0c40c40c40c40c401", "acl-0c40c40c40c40c401", "sg-0c40web000000001", "eni-8a0e33dff7ecd9221", "i-0c41111111111111a"]);
  });
  it("ALB to an ip target; app NACL allows replies to 32768-65535 only, within the LB's 1024-65535 remapped ports: igw-0c40c40c40c40c401 -> ip-alb tcp/443", () => {
    const v = ask({"Source": "igw-0c40c40c40c40c401", "Destination": "ip-alb", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0c40c40c40c40c401", "acl-0c40c40c40c40c401", "sg-0c40alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/ip-alb/1111111111111111", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/ip-tg/2222222222222222", "eni-0c40alb000000001", "sg-0c40alb000000001", "acl-0c40c40c40c40c401", "rtb-0c4000000000pub001", "acl-0c40app000000001", "sg-0c40app000000001", "eni-5d0ace767ca3957a9", "i-0c42222222222222a"]);
    expect(v.back).toEqual(["i-0c42222222222222a", "eni-5d0ace767ca3957a9", "sg-0c40app000000001", "acl-0c40app000000001", "rtb-0c400000000000main", "acl-0c40c40c40c40c401", "sg-0c40alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/ip-alb/1111111111111111", "eni-0c40alb000000001", "sg-0c40alb000000001", "acl-0c40c40c40c40c401", "rtb-0c4000000000pub001", "igw-0c40c40c40c40c401"]);
  });
});
