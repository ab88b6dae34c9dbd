import { describe, expect, it } from "vitest";
import { exerciseStatus, statusByExercise } from "./exercise-status";

describe("exercise status", () => {
  it("is new, attempted or solved", () => {
    expect(exerciseStatus([])).toBe("new");
    expect(exerciseStatus([{ solved: false }])).toBe("attempted");
    expect(exerciseStatus([{ solved: false }, { solved: true }, { solved: false }])).toBe("solved");
  });

  it("is given for every id asked about, ignoring attempts at others", () => {
    expect(
      statusByExercise(
        ["a", "b", "c"],
        [
          { exerciseSlug: "b", solved: false },
          { exerciseSlug: "c", solved: true },
          { exerciseSlug: "c", solved: false },
          { exerciseSlug: "z", solved: true },
        ],
      ),
    ).toEqual({ a: "new", b: "attempted", c: "solved" });
  });
});
