import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery } from "@/lib/reachability";
import { applyNetworkChanges, blockersOf, evaluateNetworkQuestion, networkAttempt, NetworkQuestionError } from "./network-question";
import { instantiateQuestion } from "./question-instance";
import { networkQuestionSchema, questionSchema, type NetworkQuestion } from "./question-schema";

const snapshot = {
  Vpcs: [{ VpcId: "vpc-web", CidrBlock: "10.0.0.0/16" }],
  Subnets: [{ SubnetId: "subnet-pub", VpcId: "vpc-web", CidrBlock: "10.0.0.0/24", AvailabilityZone: "us-east-1a" }],
  InternetGateways: [{ InternetGatewayId: "igw-web", Attachments: [{ VpcId: "vpc-web", State: "available" }] }],
  RouteTables: [
    {
      RouteTableId: "rtb-pub",
      VpcId: "vpc-web",
      Associations: [{ Main: true }],
      Routes: [
        { DestinationCidrBlock: "10.0.0.0/16", GatewayId: "local" },
        { DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-web" },
      ],
    },
  ],
  SecurityGroups: [
    {
      GroupId: "sg-web",
      GroupName: "web",
      VpcId: "vpc-web",
      IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "203.0.113.0/24" }] }],
    },
  ],
  Reservations: [{ Instances: [{ InstanceId: "i-web", State: { Name: "running" }, SubnetId: "subnet-pub", VpcId: "vpc-web", PrivateIpAddress: "10.0.0.10", PublicIpAddress: "54.0.0.10", SecurityGroups: [{ GroupId: "sg-web" }] }] }],
};

const https = { Source: "igw-web", Destination: "i-web", Protocol: "tcp" as const, DestinationPort: 443, SourceIp: "198.51.100.7" };
const sshFromWorld = { Source: "igw-web", Destination: "i-web", Protocol: "tcp" as const, DestinationPort: 22, SourceIp: "198.51.100.7" };
const common = {
  id: "net-test",
  kind: "network",
  stem: "A web server in a public subnet does not answer HTTPS from the internet. What now?",
  explanation: "The security group has no rule for 443.",
  lesson: { slug: "security-groups-and-nacls", section: "lock-down-ssh" },
  topics: ["security-group"],
  domains: ["saa-secure"],
  difficulty: 2,
  source: "aws-docs",
  network: { snapshot },
  query: https,
};
const c = (id: string, text: string) => ({ id, text, explanation: `why choice ${id} is right or wrong` });
const rule = (port: number, cidr: string) => ({ IpProtocol: "tcp", FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }] });

function parse(json: unknown): NetworkQuestion {
  const q = networkQuestionSchema.parse(json);
  expect(questionSchema.safeParse(json).success).toBe(true);
  return q;
}

describe("applyNetworkChanges", () => {
  it("replaces whole fields, removes null ones, adds missing resources, and leaves the input alone", () => {
    const before = JSON.stringify(snapshot);
    const next = applyNetworkChanges(snapshot, [
      { collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(443, "0.0.0.0/0")], GroupName: null } },
      { collection: "Reservations", id: "i-web", fields: { PublicIpAddress: null } },
      { collection: "NetworkAcls", id: "acl-new", fields: { VpcId: "vpc-web", Entries: [] } },
    ]);
    expect(JSON.stringify(snapshot)).toBe(before);
    const sg = (next.SecurityGroups as Record<string, unknown>[])[0]!;
    expect(sg.IpPermissions).toEqual([rule(443, "0.0.0.0/0")]);
    expect("GroupName" in sg).toBe(false);
    const instance = (next.Reservations as { Instances: Record<string, unknown>[] }[])[0]!.Instances[0]!;
    expect("PublicIpAddress" in instance).toBe(false);
    expect(instance.PrivateIpAddress).toBe("10.0.0.10");
    expect(next.NetworkAcls).toEqual([{ NetworkAclId: "acl-new", VpcId: "vpc-web", Entries: [] }]);
  });

  it("refuses a collection it cannot key", () => {
    expect(() => applyNetworkChanges(snapshot, [{ collection: "Widgets", id: "w-1", fields: { A: 1 } }])).toThrow(/Widgets/);
  });
});

describe("blockersOf", () => {
  it("names the security group that drops the request, nothing when the path is found", () => {
    const model = loadSnapshot(snapshot);
    expect([...blockersOf(analyze(model, parseQuery(https)))]).toContain("sg-web");
    const open = loadSnapshot(applyNetworkChanges(snapshot, [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(443, "0.0.0.0/0")] } }]));
    expect(blockersOf(analyze(open, parseQuery(https))).size).toBe(0);
  });
});

describe("evaluateNetworkQuestion", () => {
  it("reachable: the verdict naming the engine's blocker is the one right choice", () => {
    const q = parse({
      ...common,
      ask: "reachable",
      choices: [
        { ...c("a", "Yes"), verdict: "reachable" },
        { ...c("b", "No: the security group"), verdict: "blocked", blockedBy: "sg-web" },
        { ...c("c", "No: the route table"), verdict: "blocked", blockedBy: "rtb-pub" },
      ],
    });
    expect(evaluateNetworkQuestion(q, 0).correct).toEqual(["b"]);
  });

  it("blocker: null is right exactly when the path is found", () => {
    const choices = [
      { ...c("a", "sg-web"), component: "sg-web" },
      { ...c("b", "rtb-pub"), component: "rtb-pub" },
      { ...c("c", "nothing"), component: null },
    ];
    expect(evaluateNetworkQuestion(parse({ ...common, ask: "blocker", choices }), 0).correct).toEqual(["a"]);
    expect(evaluateNetworkQuestion(parse({ ...common, ask: "blocker", choices, query: { ...https, DestinationPort: 22, SourceIp: "203.0.113.9" } }), 0).correct).toEqual(["c"]);
  });

  it("fix: the change set that opens the goal and keeps SSH closed to the world", () => {
    const q = parse({
      ...common,
      ask: "fix",
      keepBlocked: [sshFromWorld],
      choices: [
        { ...c("a", "allow 443 from anywhere"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(22, "203.0.113.0/24"), rule(443, "0.0.0.0/0")] } }] },
        { ...c("b", "allow all tcp from anywhere"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [{ IpProtocol: "tcp", FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] } }] },
        { ...c("c", "allow 443 from the admin network"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(443, "203.0.113.0/24")] } }] },
        { ...c("d", "a route to nowhere"), changes: [{ collection: "RouteTables", id: "rtb-pub", fields: { Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-missing" }] } }] },
      ],
    });
    const evaluation = evaluateNetworkQuestion(q, 0);
    expect(evaluation.correct).toEqual(["a"]);
    expect(evaluation.verdicts.find((v) => v.id === "b")?.note).toMatch(/opens/);
    expect(evaluation.verdicts.find((v) => v.id === "c")?.note).toMatch(/stays blocked/);
    expect(evaluation.verdicts.find((v) => v.id === "d")?.note).toMatch(/refuses/);
  });

  it("variants: the key follows the rewritten network, and stems are filled", () => {
    const q = parse({
      ...common,
      ask: "blocker",
      stem: "Instance {id:i-web} ({ip:i-web}) in {cidr:vpc-web} does not answer tcp/{port} from the internet. Which component blocks it?",
      variant: { cidrs: true, ids: true, ports: [{ name: "app", base: 443, values: [8443, 9443] }] },
      choices: [
        { ...c("a", "{id:sg-web}"), component: "sg-web" },
        { ...c("b", "{id:rtb-pub}"), component: "rtb-pub" },
        { ...c("c", "nothing"), component: null },
      ],
    });
    for (const seed of [1, 2, 3]) {
      const evaluation = evaluateNetworkQuestion(q, seed);
      expect(evaluation.correct).toEqual(["a"]);
      const instance = instantiateQuestion(q, seed);
      if (instance.kind !== "single") throw new Error("single expected");
      expect(instance.key).toBe("a");
      expect(instance.stem).not.toMatch(/\{|i-web|tcp\/443 /);
      expect(instance.stem).toMatch(/tcp\/[89]443 /);
      expect(instance.choices[0]!.text).toMatch(/^sg-0/);
      expect(instance.network?.snapshot).toEqual(evaluation.snapshot);
      expect(instance.engineFinding).toMatch(/Security group/);
    }
  });
});

describe("networkAttempt", () => {
  it("refuses a question the engine answers with two right choices", () => {
    const q = parse({
      ...common,
      ask: "reachable",
      choices: [
        { ...c("a", "Yes"), verdict: "reachable" },
        { ...c("b", "No"), verdict: "blocked" },
        { ...c("c", "No: the security group"), verdict: "blocked", blockedBy: "sg-web" },
      ],
    });
    expect(() => networkAttempt(q, 0)).toThrow(NetworkQuestionError);
    expect(() => instantiateQuestion(q, 0)).toThrow(/2 right choice/);
  });

  it("choose N: a multiple instance whose key is the engine's right choices", () => {
    const q = parse({
      ...common,
      ask: "fix",
      choose: 2,
      choices: [
        { ...c("a", "443 from anywhere"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(443, "0.0.0.0/0")] } }] },
        { ...c("b", "443 from the internet, IPv4"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(443, "198.51.100.0/24")] } }] },
        { ...c("c", "80 from anywhere"), changes: [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [rule(80, "0.0.0.0/0")] } }] },
        { ...c("d", "nothing"), changes: [] },
      ],
    });
    const instance = instantiateQuestion(q, 0);
    expect(instance.kind).toBe("multiple");
    expect(instance.key).toEqual({ ids: ["a", "b"] });
    expect(instance.choose).toBe(2);
  });
});
