import { describe, expect, it } from "vitest";
import { checkExercise, checkSummary } from "./goal-check";
import { testExercise } from "./test-exercise";

type Json = Record<string, unknown>;

function editGroup(snapshot: Json, id: string, permissions: Json[]): Json {
  return { ...snapshot, SecurityGroups: (snapshot.SecurityGroups as Json[]).map((g) => (g.GroupId === id ? { ...g, IpPermissions: permissions } : g)) };
}

describe("checkExercise", () => {
  const exercise = testExercise();

  it("reports the failing goal of the starting network with its packet and the security group that blocks it", () => {
    const result = checkExercise(exercise, exercise.network);
    if (!result.ok) throw new Error(result.error);
    expect(result.hiddenCount).toBe(1);
    expect(result.goals.map((g) => [g.id, g.met, g.found])).toEqual([
      ["app-reaches-db", false, "blocked"],
      ["web-kept-out", true, "blocked"],
    ]);
    const failing = result.goals[0]!;
    expect(failing.explanation.packet).toBe("tcp 10.0.2.10:50000 → 10.0.4.10:5432");
    expect(failing.explanation.leg).toBe("request");
    expect(failing.explanation.code).toMatch(/^(ENI_SG_RULES_MISMATCH|SG_HAS_NO_RULES)$/);
    expect(failing.explanation.decidedBy.join(" ")).toContain("sg-db");
    expect(checkSummary(result)).toBe("Check: 1 of 2 goals met. Not met: The app server reaches the database on tcp/5432. 1 more goal is checked when you submit.");
  });

  it("meets every visible goal once the app tier's group is allowed on 5432", () => {
    const edited = editGroup(exercise.network, "sg-db", [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] }]);
    const result = checkExercise(exercise, edited);
    if (!result.ok) throw new Error(result.error);
    expect(result.goals.every((g) => g.met)).toBe(true);
    expect(checkSummary(result)).toBe("Check: 2 of 2 goals met. 1 more goal is checked when you submit.");
  });

  it("explains a path that should be blocked by the rules that let it through", () => {
    const open = editGroup(exercise.network, "sg-db", [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }]);
    const acls = (open.NetworkAcls as Json[]).map((a) =>
      a.NetworkAclId === "acl-db"
        ? { ...a, Entries: [{ RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: false, CidrBlock: "0.0.0.0/0" }, { RuleNumber: 100, Protocol: "-1", RuleAction: "allow", Egress: true, CidrBlock: "0.0.0.0/0" }] }
        : a,
    );
    const result = checkExercise(exercise, { ...open, NetworkAcls: acls });
    if (!result.ok) throw new Error(result.error);
    const web = result.goals.find((g) => g.id === "web-kept-out")!;
    expect(web.met).toBe(false);
    expect(web.found).toBe("reachable");
    expect(web.explanation.packet).toBe("tcp 10.0.1.10:50000 → 10.0.4.10:5432");
    expect(web.explanation.decidedBy).toContain("Security group sg-db inbound rule allows all traffic from 0.0.0.0/0.");
    expect(web.explanation.decidedBy).toContain("Network ACL acl-db inbound rule 100 ALLOW all traffic from 0.0.0.0/0.");
  });

  it("refuses a network the engine cannot read, naming the place", () => {
    const broken = editGroup(exercise.network, "sg-db", [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: "10.0.0.300/8" }] }]);
    const result = checkExercise(exercise, broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^The changed network is not valid: /);
    expect(checkSummary(result)).toMatch(/^The network cannot be checked: /);
  });
});
