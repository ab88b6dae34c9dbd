// The content check of the exercise bank (content/exercises/*.json), run in CI: every exercise is valid,
// linked to a real lesson section, starts broken, is solved by its reference solution (touching only what it
// opens for editing), and cannot be solved by opening every editable firewall to the world.
import { describe, expect, it } from "vitest";
import { listLessons } from "@/lib/content/lessons";
import { analyze, loadSnapshot, parseQuery } from "@/lib/reachability";
import { EDITABLE_COLLECTIONS, type Exercise, type ExerciseChange } from "./exercise-schema";
import { listExercises } from "./exercise-files";
import { loadChangedNetwork } from "./apply-changes";
import { evaluateGoals, type GoalResult } from "./goals";

const exercises = listExercises();
const lessons = listLessons();

/** The issue's floor: at least 16 exercises. */
const MINIMUM_EXERCISES = 16;

const describeGoals = (results: readonly GoalResult[]) =>
  results.map((r) => `${r.goalId}: expected ${r.met ? r.found : r.found === "reachable" ? "blocked" : "reachable"}, found ${r.found}${r.met ? "" : ` (${r.analysis.Explanations?.map((e) => e.ExplanationCode).join(", ") ?? "path found"})`}`).join("; ");

/** Every editable security group opened to all traffic from and to 0.0.0.0/0, every editable NACL allowing all. */
function overPermissiveChanges(exercise: Exercise): ExerciseChange[] {
  const byKey = new Map<string, ExerciseChange>();
  for (const change of exercise.solution.changes) byKey.set(`${change.collection}:${change.id}`, { ...change, fields: { ...change.fields } });
  const allTraffic = [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }];
  const allowAll = [
    { RuleNumber: 1, Protocol: "-1", RuleAction: "allow", Egress: false, CidrBlock: "0.0.0.0/0" },
    { RuleNumber: 1, Protocol: "-1", RuleAction: "allow", Egress: true, CidrBlock: "0.0.0.0/0" },
  ];
  for (const e of exercise.editable) {
    const open: Record<string, unknown> = {};
    if (e.collection === "SecurityGroups") {
      if (e.fields.includes("IpPermissions")) open.IpPermissions = allTraffic;
      if (e.fields.includes("IpPermissionsEgress")) open.IpPermissionsEgress = allTraffic;
    }
    if (e.collection === "NetworkAcls" && e.fields.includes("Entries")) open.Entries = allowAll;
    if (Object.keys(open).length === 0) continue;
    const key = `${e.collection}:${e.id}`;
    const existing = byKey.get(key);
    byKey.set(key, { collection: e.collection, id: e.id, fields: { ...(existing?.fields ?? {}), ...open } });
  }
  return [...byKey.values()];
}

const opensFirewalls = (exercise: Exercise) =>
  exercise.editable.some(
    (e) => (e.collection === "SecurityGroups" && e.fields.some((f) => f.startsWith("IpPermissions"))) || (e.collection === "NetworkAcls" && e.fields.includes("Entries")),
  );

describe("exercise bank", () => {
  it(`holds at least ${MINIMUM_EXERCISES} exercises with unique ids`, () => {
    expect(exercises.length).toBeGreaterThanOrEqual(MINIMUM_EXERCISES);
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("spans the first six lessons", () => {
    const firstSix = lessons.filter((l) => l.frontmatter.order <= 6).map((l) => l.slug);
    const covered = new Set(exercises.map((e) => e.lesson.slug));
    expect(firstSix.filter((slug) => !covered.has(slug))).toEqual([]);
  });
});

describe.each(exercises.map((e) => [e.id, e] as const))("exercise %s", (_id, exercise) => {
  it("links to a real lesson and section", () => {
    const lesson = lessons.find((l) => l.slug === exercise.lesson.slug);
    expect(lesson, `lesson ${exercise.lesson.slug}`).toBeDefined();
    if (exercise.lesson.section) expect(lesson?.headings.map((h) => h.id)).toContain(exercise.lesson.section);
  });

  it("has 2-4 goals and 2-4 tiered hints", () => {
    expect(exercise.goals.length).toBeGreaterThanOrEqual(2);
    expect(exercise.goals.length).toBeLessThanOrEqual(4);
    expect(exercise.hints.length).toBeGreaterThanOrEqual(2);
  });

  it("opens only resources of its network, in the right collection", () => {
    for (const e of exercise.editable) {
      const items = exercise.network[e.collection];
      expect(Array.isArray(items), `${e.collection} in the network`).toBe(true);
      const idField = EDITABLE_COLLECTIONS[e.collection].idField;
      expect((items as Array<Record<string, unknown>>).some((item) => item[idField] === e.id), `${e.collection} ${e.id}`).toBe(true);
    }
  });

  it("starts with a network the engine loads, goal queries it accepts, and at least one goal failing", () => {
    const model = loadSnapshot(exercise.network);
    for (const goal of exercise.goals) expect(() => parseQuery(goal.query), goal.id).not.toThrow();
    const results = evaluateGoals(model, exercise.goals);
    expect(results.some((r) => !r.met), describeGoals(results)).toBe(true);
  });

  it("is solved by its reference solution, which changes only editable resources and fields", () => {
    const { model } = loadChangedNetwork(exercise.network, exercise.editable, exercise.solution.changes);
    const results = evaluateGoals(model, exercise.goals);
    expect(results.filter((r) => !r.met), describeGoals(results)).toEqual([]);
  });

  it("names real ends in every goal (no goal passes because an id is misspelt)", () => {
    const { model } = loadChangedNetwork(exercise.network, exercise.editable, exercise.solution.changes);
    for (const goal of exercise.goals) {
      const codes = (analyze(model, parseQuery(goal.query)).Explanations ?? []).map((e) => e.ExplanationCode);
      expect(codes, goal.id).not.toContain("NO_SOURCE_OR_DESTINATION");
    }
  });

  if (opensFirewalls(exercise)) it("fails when every editable security group and network ACL is opened to everything", () => {
    const { model } = loadChangedNetwork(exercise.network, exercise.editable, overPermissiveChanges(exercise));
    const results = evaluateGoals(model, exercise.goals);
    expect(results.some((r) => !r.met), describeGoals(results)).toBe(true);
  });
});

// Grading is by outcome: a different correct network passes and a tempting wrong one fails. These fixes are
// written out by hand for some exercises (the reference solution is only one of the correct answers).
const route = (destination: string, target: Record<string, string>) => ({ DestinationCidrBlock: destination, ...target, Origin: "CreateRoute", State: "active" });
const local = (cidr: string) => ({ DestinationCidrBlock: cidr, GatewayId: "local", Origin: "CreateRouteTable", State: "active" });
const aclEntry = (RuleNumber: number, Protocol: string, RuleAction: "allow" | "deny", Egress: boolean, CidrBlock: string, ports?: [number, number]) => ({
  RuleNumber,
  Protocol,
  RuleAction,
  Egress,
  CidrBlock,
  ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
});
const tcp = (port: number, source: { cidrs?: string[]; groups?: string[] }) => ({
  IpProtocol: "tcp",
  FromPort: port,
  ToPort: port,
  ...(source.cidrs ? { IpRanges: source.cidrs.map((CidrIp) => ({ CidrIp })) } : {}),
  ...(source.groups ? { UserIdGroupPairs: source.groups.map((GroupId) => ({ GroupId })) } : {}),
});

interface HandFix {
  exercise: string;
  fix: string;
  changes: ExerciseChange[];
  passes: boolean;
}

const HAND_FIXES: HandFix[] = [
  {
    exercise: "vpn-route-to-office",
    fix: "route propagation from vgw-office instead of a static route",
    changes: [{ collection: "RouteTables", id: "rtb-app", fields: { PropagatingVgws: [{ GatewayId: "vgw-office" }] } }],
    passes: true,
  },
  {
    exercise: "nacl-rule-order",
    fix: "a new deny rule 50, the late rule 200 left in place",
    changes: [
      {
        collection: "NetworkAcls",
        id: "acl-web",
        fields: {
          Entries: [
            aclEntry(50, "-1", "deny", false, "198.51.100.128/25"),
            aclEntry(100, "6", "allow", false, "0.0.0.0/0", [443, 443]),
            aclEntry(110, "6", "allow", false, "0.0.0.0/0", [1024, 65535]),
            aclEntry(200, "-1", "deny", false, "198.51.100.128/25"),
            aclEntry(100, "-1", "allow", true, "0.0.0.0/0"),
          ],
        },
      },
    ],
    passes: true,
  },
  {
    exercise: "nacl-rule-order",
    fix: "denying only the one address seen in the logs",
    changes: [
      {
        collection: "NetworkAcls",
        id: "acl-web",
        fields: {
          Entries: [
            aclEntry(90, "-1", "deny", false, "198.51.100.200/32"),
            aclEntry(100, "6", "allow", false, "0.0.0.0/0", [443, 443]),
            aclEntry(110, "6", "allow", false, "0.0.0.0/0", [1024, 65535]),
            aclEntry(100, "-1", "allow", true, "0.0.0.0/0"),
          ],
        },
      },
    ],
    passes: false,
  },
  {
    exercise: "security-group-reference",
    fix: "the two application subnets as CIDR blocks",
    changes: [{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [tcp(5432, { cidrs: ["10.0.10.0/24", "10.0.11.0/24"] })] } }],
    passes: true,
  },
  {
    exercise: "security-group-reference",
    fix: "the web server's group added next to the application group",
    changes: [{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [tcp(5432, { groups: ["sg-app", "sg-web"] })] } }],
    passes: false,
  },
  {
    exercise: "security-group-egress",
    fix: "the allow-all outbound rule restored",
    changes: [{ collection: "SecurityGroups", id: "sg-app", fields: { IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] } }],
    passes: false,
  },
  {
    exercise: "private-subnet-nat-route",
    fix: "the private subnet routed straight to the internet gateway",
    changes: [{ collection: "RouteTables", id: "rtb-app", fields: { Routes: [local("10.0.0.0/16"), route("0.0.0.0/0", { GatewayId: "igw-shop" })] } }],
    passes: false,
  },
  {
    exercise: "longest-prefix-peering",
    fix: "the office route replaced by a peering route for the same /12",
    changes: [{ collection: "RouteTables", id: "rtb-app", fields: { Routes: [local("10.20.0.0/16"), route("172.16.0.0/12", { VpcPeeringConnectionId: "pcx-app-analytics" })] } }],
    passes: false,
  },
  {
    exercise: "transit-gateway-vpc-route",
    fix: "a default route to the transit gateway in the billing VPC",
    changes: [{ collection: "RouteTables", id: "rtb-billing", fields: { Routes: [local("10.5.0.0/16"), route("0.0.0.0/0", { TransitGatewayId: "tgw-core" })] } }],
    passes: true,
  },
  {
    exercise: "peering-return-route",
    fix: "a return route for the application subnet only",
    changes: [{ collection: "RouteTables", id: "rtb-shared", fields: { Routes: [local("10.2.0.0/16"), route("10.0.10.0/24", { VpcPeeringConnectionId: "pcx-shop-shared" })] } }],
    passes: true,
  },
  {
    exercise: "transit-gateway-isolation",
    fix: "dev and prod moved to their own table, but still propagating into it",
    changes: [
      {
        collection: "TransitGatewayRouteTables",
        id: "tgw-rtb-spokes",
        fields: {
          Associations: [
            { TransitGatewayAttachmentId: "tgw-attach-dev", ResourceId: "vpc-dev", ResourceType: "vpc", State: "associated" },
            { TransitGatewayAttachmentId: "tgw-attach-prod", ResourceId: "vpc-prod", ResourceType: "vpc", State: "associated" },
          ],
        },
      },
      {
        collection: "TransitGatewayRouteTables",
        id: "tgw-rtb-shared",
        fields: {
          Associations: [{ TransitGatewayAttachmentId: "tgw-attach-shared", ResourceId: "vpc-shared", ResourceType: "vpc", State: "associated" }],
          Propagations: [
            { TransitGatewayAttachmentId: "tgw-attach-dev", ResourceId: "vpc-dev", ResourceType: "vpc", State: "enabled" },
            { TransitGatewayAttachmentId: "tgw-attach-prod", ResourceId: "vpc-prod", ResourceType: "vpc", State: "enabled" },
          ],
        },
      },
    ],
    passes: false,
  },
  {
    exercise: "load-balancer-internal",
    fix: "only the scheme made internal",
    changes: [{ collection: "LoadBalancers", id: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/orders-alb/3e2d1c0b9a8f7e6d", fields: { Scheme: "internal" } }],
    passes: false,
  },
  {
    exercise: "vpn-static-route-branch",
    fix: "a static route to the virtual private gateway in the route table, the VPN connection unchanged",
    changes: [{ collection: "RouteTables", id: "rtb-app", fields: { Routes: [local("10.0.0.0/16"), route("10.60.0.0/16", { GatewayId: "vgw-office" })] } }],
    passes: false,
  },
  {
    exercise: "nacl-database-subnet",
    fix: "inbound rules without outbound rules for the replies",
    changes: [
      {
        collection: "NetworkAcls",
        id: "acl-db",
        fields: { Entries: [aclEntry(100, "6", "allow", false, "10.0.10.0/24", [5432, 5432]), aclEntry(110, "6", "allow", false, "10.0.11.0/24", [5432, 5432])] },
      },
    ],
    passes: false,
  },
  {
    exercise: "nacl-database-subnet",
    fix: "the whole application range 10.0.10.0/23 in one rule each way",
    changes: [
      {
        collection: "NetworkAcls",
        id: "acl-db",
        fields: { Entries: [aclEntry(100, "6", "allow", false, "10.0.10.0/23", [5432, 5432]), aclEntry(100, "6", "allow", true, "10.0.10.0/23", [1024, 65535])] },
      },
    ],
    passes: true,
  },
  {
    exercise: "egress-only-ipv6",
    fix: "the IPv6 default route deleted",
    changes: [
      {
        collection: "RouteTables",
        id: "rtb-worker",
        fields: { Routes: [local("10.0.0.0/16"), { DestinationIpv6CidrBlock: "2600:1f18:abcd:1200::/56", GatewayId: "local", Origin: "CreateRouteTable", State: "active" }] },
      },
    ],
    passes: false,
  },
  {
    exercise: "main-route-table-subnet",
    fix: "the internet route removed from the main route table",
    changes: [{ collection: "RouteTables", id: "rtb-main", fields: { Routes: [local("10.0.0.0/16")] } }],
    passes: false,
  },
  {
    exercise: "instance-security-groups",
    fix: "the admin group added next to the application group",
    changes: [{ collection: "NetworkInterfaces", id: "eni-app-b", fields: { Groups: [{ GroupId: "sg-app" }, { GroupId: "sg-admin" }] } }],
    passes: false,
  },
  {
    exercise: "instance-security-groups",
    fix: "the application group added, the default group kept",
    changes: [{ collection: "NetworkInterfaces", id: "eni-app-b", fields: { Groups: [{ GroupId: "sg-default-shop" }, { GroupId: "sg-app" }] } }],
    passes: true,
  },
];

describe.each(HAND_FIXES.map((f) => [f.exercise, f.fix, f] as const))("%s, %s", (id, _fix, { changes, passes }) => {
  it(passes ? "passes every goal" : "fails at least one goal", () => {
    const exercise = exercises.find((e) => e.id === id);
    expect(exercise, id).toBeDefined();
    const { model } = loadChangedNetwork(exercise!.network, exercise!.editable, changes);
    const results = evaluateGoals(model, exercise!.goals);
    expect(results.every((r) => r.met), describeGoals(results)).toBe(passes);
  });
});
