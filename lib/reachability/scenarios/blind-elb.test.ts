/**
 * Blind scenario (written from AWS documentation before reading the engine): elb.
 * Source: Elastic Load Balancing guides (ALB security groups, listeners and target groups; internal vs internet-facing scheme; targets in enabled Availability Zones) and RA codes ELBV2_LISTENER_PORT_RESTRICTION, ELB_INSTALLED_AZ_RESTRICTION, IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS, ENI_SG_RULES_MISMATCH (semantics 10.1-10.5).
 * Realistic describe-* JSON as the AWS CLI prints it (ids, field names, value spellings).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./blind-elb.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);

describe("blind scenario: elb", () => {
  it("10.5: igw-0cc0cc0cc0cc0cc01 -> web-alb tcp/443", () => {
    const v = ask({"Source": "igw-0cc0cc0cc0cc0cc01", "Destination": "web-alb", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0cc0cc0cc0cc0cc01", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/6d0ecf831eec9f09", "eni-0cc0alb0000000001", "sg-0cc0alb000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc000000000pub001", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0web000000001", "eni-61f7b1de76d5e47c9", "i-0cc1111111111111a"]);
    expect(v.back).toEqual(["i-0cc1111111111111a", "eni-61f7b1de76d5e47c9", "sg-0cc0web000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc00000000000main", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188", "eni-0cc0alb0000000001", "sg-0cc0alb000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc000000000pub001", "igw-0cc0cc0cc0cc0cc01"]);
  });
  it("by ARN: igw-0cc0cc0cc0cc0cc01 -> arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188 tcp/443", () => {
    const v = ask({"Source": "igw-0cc0cc0cc0cc0cc01", "Destination": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188", "Protocol": "tcp", "DestinationPort": 443, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["igw-0cc0cc0cc0cc0cc01", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/6d0ecf831eec9f09", "eni-0cc0alb0000000001", "sg-0cc0alb000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc000000000pub001", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0web000000001", "eni-61f7b1de76d5e47c9", "i-0cc1111111111111a"]);
    expect(v.back).toEqual(["i-0cc1111111111111a", "eni-61f7b1de76d5e47c9", "sg-0cc0web000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc00000000000main", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188", "eni-0cc0alb0000000001", "sg-0cc0alb000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc000000000pub001", "igw-0cc0cc0cc0cc0cc01"]);
  });
  it("10.2 no listener on 80: igw-0cc0cc0cc0cc0cc01 -> web-alb tcp/80", () => {
    const v = ask({"Source": "igw-0cc0cc0cc0cc0cc01", "Destination": "web-alb", "Protocol": "tcp", "DestinationPort": 80, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ELBV2_LISTENER_PORT_RESTRICTION"]);
    expect(v.forward).toEqual(["igw-0cc0cc0cc0cc0cc01", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/50dc6c495c0c9188"]);
    expect(v.back).toEqual([]);
  });
  it("ALB SG: igw-0cc0cc0cc0cc0cc01 -> web-alb tcp/22", () => {
    const v = ask({"Source": "igw-0cc0cc0cc0cc0cc01", "Destination": "web-alb", "Protocol": "tcp", "DestinationPort": 22, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["igw-0cc0cc0cc0cc0cc01", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0alb000000001"]);
    expect(v.back).toEqual([]);
  });
  it("internal NLB from VPC: i-0cc3333333333333c -> db-nlb tcp/5432", () => {
    const v = ask({"Source": "i-0cc3333333333333c", "Destination": "db-nlb", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(true);
    expect(v.codes).toEqual([]);
    expect(v.forward).toEqual(["i-0cc3333333333333c", "eni-cf372fc9147d08100", "sg-0cc0cli000000001", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc00000000000main", "acl-0cc0cc0cc0cc0cc01", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/db-nlb/73e2d6bc24d8a067", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/db-tg/7d0ecf831eec9f0a", "eni-of-db-nlb-subnet-0cc0appb0000000b2", "sg-0cc0db0000000001", "eni-3401920abacd35d38", "i-0cc2222222222222b"]);
    expect(v.back).toEqual(["i-0cc2222222222222b", "eni-3401920abacd35d38", "sg-0cc0db0000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/db-nlb/73e2d6bc24d8a067", "eni-of-db-nlb-subnet-0cc0appb0000000b2", "acl-0cc0cc0cc0cc0cc01", "rtb-0cc00000000000main", "acl-0cc0cc0cc0cc0cc01", "sg-0cc0cli000000001", "eni-cf372fc9147d08100", "i-0cc3333333333333c"]);
  });
  it("10.1 internal from internet: igw-0cc0cc0cc0cc0cc01 -> db-nlb tcp/5432", () => {
    const v = ask({"Source": "igw-0cc0cc0cc0cc0cc01", "Destination": "db-nlb", "Protocol": "tcp", "DestinationPort": 5432, "SourceIp": "198.51.100.7"});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"]);
    expect(v.forward).toEqual(["igw-0cc0cc0cc0cc0cc01"]);
    expect(v.back).toEqual([]);
  });
  it("10.4 target AZ not enabled: i-0cc3333333333333c -> az-nlb tcp/5432", () => {
    const v = ask({"Source": "i-0cc3333333333333c", "Destination": "az-nlb", "Protocol": "tcp", "DestinationPort": 5432});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ELB_INSTALLED_AZ_RESTRICTION"]);
    expect(v.forward).toEqual(["i-0cc3333333333333c", "eni-cf372fc9147d08100", "sg-0cc0cli000000001", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/az-nlb/83e2d6bc24d8a068"]);
    expect(v.back).toEqual([]);
  });
  it("target only from ALB SG: i-0cc3333333333333c -> i-0cc1111111111111a tcp/8080", () => {
    const v = ask({"Source": "i-0cc3333333333333c", "Destination": "i-0cc1111111111111a", "Protocol": "tcp", "DestinationPort": 8080});
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["ENI_SG_RULES_MISMATCH"]);
    expect(v.forward).toEqual(["i-0cc3333333333333c", "eni-cf372fc9147d08100", "sg-0cc0cli000000001", "sg-0cc0web000000001"]);
    expect(v.back).toEqual([]);
  });
});
