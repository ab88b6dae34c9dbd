import { describe, expect, it } from "vitest";
import { ChangeRefused } from "./apply-changes";
import { DEFAULT_ROUTE, fixtureExercise, OPEN_DATABASE, publicRoutes } from "./fixtures/fixture-exercise";
import { gradeSubmission } from "./grade-submission";

const exercise = fixtureExercise();

function refusal(run: () => unknown): ChangeRefused {
  try {
    run();
  } catch (error) {
    if (error instanceof ChangeRefused) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("gradeSubmission", () => {
  it("grades no change as unsolved, with the engine's reason for the unmet goal", () => {
    const graded = gradeSubmission(exercise, []);
    expect(graded.solved).toBe(false);
    expect(graded.goals).toEqual([
      { goalId: "web-answers-internet", met: false, found: "blocked", explanation: { codes: ["NO_ROUTE_TO_DESTINATION"], components: ["rtb-public", "subnet-public-a", "vpc-shop", "198.51.100.7/32"] } },
      { goalId: "ssh-stays-closed", met: true, found: "blocked", explanation: expect.objectContaining({ codes: ["ENI_SG_RULES_MISMATCH"] }) },
      { goalId: "db-only-postgres", met: true, found: "blocked", explanation: expect.objectContaining({ codes: ["ENI_SG_RULES_MISMATCH"] }) },
    ]);
  });

  it("solves with the reference solution and with any other change that meets every goal", () => {
    expect(gradeSubmission(exercise, exercise.solution.changes).solved).toBe(true);
    const own = gradeSubmission(exercise, [publicRoutes(DEFAULT_ROUTE)]);
    expect(own.solved).toBe(true);
    expect(own.goals.map((g) => [g.goalId, g.met, g.found])).toEqual([
      ["web-answers-internet", true, "reachable"],
      ["ssh-stays-closed", true, "blocked"],
      ["db-only-postgres", true, "blocked"],
    ]);
  });

  it("grades the hidden goal too: an over-permissive fix fails it", () => {
    const graded = gradeSubmission(exercise, [publicRoutes(DEFAULT_ROUTE), OPEN_DATABASE]);
    expect(graded.solved).toBe(false);
    expect(graded.goals.find((g) => g.goalId === "db-only-postgres")).toMatchObject({ met: false, found: "reachable" });
  });

  it("refuses a change to a resource that is not editable, naming it", () => {
    const refused = refusal(() => gradeSubmission(exercise, [{ collection: "SecurityGroups", id: "sg-web", fields: { IpPermissions: [] } }]));
    expect(refused.path).toBe("changes[0].id");
    expect(refused.message).toContain("sg-web is not editable");
  });

  it("refuses a field that is not editable, naming it", () => {
    const refused = refusal(() => gradeSubmission(exercise, [{ collection: "RouteTables", id: "rtb-public", fields: { Associations: [] } }]));
    expect(refused.path).toBe("changes[0].fields.Associations");
  });

  it("refuses a malformed rule at its place in the submission", () => {
    const refused = refusal(() => gradeSubmission(exercise, [OPEN_DATABASE, publicRoutes({ DestinationCidrBlock: "0.0.0.0/99", GatewayId: "igw-main" })]));
    expect(refused.path).toBe("changes[1].fields.Routes[1].DestinationCidrBlock");
    expect(refused.message).toContain("rtb-public is refused at changes[1].fields.Routes[1].DestinationCidrBlock: expected an IPv4 CIDR");
  });

  it("never changes the exercise's own network", () => {
    const before = JSON.stringify(exercise.network);
    gradeSubmission(exercise, [publicRoutes(DEFAULT_ROUTE), OPEN_DATABASE]);
    expect(JSON.stringify(exercise.network)).toBe(before);
  });
});
