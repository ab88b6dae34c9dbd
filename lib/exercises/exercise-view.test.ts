import { describe, expect, it } from "vitest";
import { exerciseSummary, isHiddenGoal, publicExercise } from "./exercise-view";
import { secretsIn } from "./fixtures/secrets";
import { fixtureExercise } from "./fixtures/fixture-exercise";

const exercise = fixtureExercise();

describe("publicExercise", () => {
  it("keeps what the player needs", () => {
    const view = publicExercise(exercise);
    expect(view.id).toBe(exercise.id);
    expect(view.title).toBe(exercise.title);
    expect(view.brief).toBe(exercise.brief);
    expect(view.network).toEqual(exercise.network);
    expect(view.editable).toEqual(exercise.editable);
    expect(view.lesson).toEqual(exercise.lesson);
    expect(view.hints).toEqual({ total: 3 });
    expect(view.goals.map((g) => g.id)).toEqual(["web-answers-internet", "ssh-stays-closed", "db-only-postgres"]);
  });

  it("shows visible goals whole and reduces hidden goals to id and description", () => {
    const view = publicExercise(exercise);
    expect(view.goals[0]).toEqual({ id: "web-answers-internet", description: exercise.goals[0]!.description, query: exercise.goals[0]!.query, expect: "reachable" });
    expect(view.goals[2]).toEqual({ id: "db-only-postgres", description: exercise.goals[2]!.description, hidden: true });
    expect(view.goals.filter(isHiddenGoal).map((g) => g.id)).toEqual(["db-only-postgres"]);
  });

  it("leaves no solution, hidden query or hint text anywhere in its JSON", () => {
    // The search itself finds them in the full exercise, so an empty result below means something.
    expect(secretsIn(exercise, exercise)).toEqual(
      expect.arrayContaining(["$.solution: a solution key", "$.goals[2].query: a hidden goal's query", "$.hints[0]: a hint text"]),
    );
    expect(secretsIn(publicExercise(exercise), exercise)).toEqual([]);
    const text = JSON.stringify(publicExercise(exercise));
    expect(text).not.toContain("fixture-solution-marker");
    expect(text).not.toContain("FIXTURE-SOLUTION-EXPLANATION");
    expect(text).not.toContain("3389");
  });

  it("copies instead of sharing the server's objects (a caller cannot change the catalogue)", () => {
    const view = publicExercise(exercise);
    view.editable[0]!.fields.push("Associations");
    view.concepts.push("x");
    expect(exercise.editable[0]!.fields).toEqual(["Routes"]);
    expect(exercise.concepts).not.toContain("x");
  });
});

describe("exerciseSummary", () => {
  it("is the list row: no network, goals counted", () => {
    expect(exerciseSummary(exercise)).toEqual({
      id: "fixture-public-route",
      title: exercise.title,
      lesson: { slug: "route-tables", section: "routes" },
      difficulty: "starter",
      concepts: ["route-tables", "internet-gateways"],
      goalCount: 3,
    });
  });
});
