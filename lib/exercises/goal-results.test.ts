import { describe, expect, it } from "vitest";
import { fixtureExercise } from "./fixtures/fixture-exercise";
import { goalOutcomes, parseStoredGoalResults, summarizeExplanations, type StoredGoalResult } from "./goal-results";
import type { Explanation } from "@/lib/reachability";

const exercise = fixtureExercise();

const stored: StoredGoalResult[] = [
  { goalId: "web-answers-internet", met: false, found: "blocked", explanation: { codes: ["NO_ROUTE_TO_DESTINATION"], components: ["rtb-public"] } },
  { goalId: "ssh-stays-closed", met: true, found: "blocked", explanation: { codes: [], components: [] } },
  { goalId: "db-only-postgres", met: false, found: "reachable", explanation: { codes: ["X"], components: ["sg-db"] } },
];

describe("summarizeExplanations", () => {
  it("keeps each code and each named component once, in order", () => {
    const explanations = [
      { ExplanationCode: "ENI_SG_RULES_MISMATCH", Component: { Id: "eni-1" }, SecurityGroups: [{ Id: "sg-a" }, { Id: "sg-b" }], Explanation: "x" },
      { ExplanationCode: "ENI_SG_RULES_MISMATCH", SecurityGroup: { Id: "sg-a" }, Vpc: { Id: "vpc-1" }, Port: 22, Explanation: "y" },
      { ExplanationCode: "NO_ROUTE_TO_DESTINATION", RouteTable: { Id: "rtb-1" }, Explanation: "z" },
    ] as unknown as Explanation[];
    expect(summarizeExplanations(explanations)).toEqual({
      codes: ["ENI_SG_RULES_MISMATCH", "NO_ROUTE_TO_DESTINATION"],
      components: ["eni-1", "sg-a", "sg-b", "vpc-1", "rtb-1"],
    });
  });
});

describe("goalOutcomes", () => {
  it("shows visible goals with what the engine found and only met for hidden ones", () => {
    expect(goalOutcomes(exercise.goals, stored)).toEqual([
      {
        id: "web-answers-internet",
        description: exercise.goals[0]!.description,
        met: false,
        found: "blocked",
        explanation: { codes: ["NO_ROUTE_TO_DESTINATION"], components: ["rtb-public"] },
      },
      { id: "ssh-stays-closed", description: exercise.goals[1]!.description, met: true, found: "blocked" },
      { id: "db-only-postgres", description: exercise.goals[2]!.description, hidden: true, met: false },
    ]);
  });

  it("reveals nothing about a goal the exercise no longer has", () => {
    expect(goalOutcomes([], [stored[0]!])).toEqual([{ id: "web-answers-internet", description: "web-answers-internet", hidden: true, met: false }]);
  });
});

describe("parseStoredGoalResults", () => {
  it("reads back what was stored and drops what it cannot read", () => {
    expect(parseStoredGoalResults(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredGoalResults("not json")).toEqual([]);
    expect(parseStoredGoalResults('{"a":1}')).toEqual([]);
    expect(parseStoredGoalResults('[{"goalId":"a","met":"yes","found":"blocked"}, {"goalId":"b","met":true,"found":"blocked"}]')).toEqual([
      { goalId: "b", met: true, found: "blocked", explanation: { codes: [], components: [] } },
    ]);
  });
});
