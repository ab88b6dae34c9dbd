import { describe, expect, it } from "vitest";
import { summarizeProgress } from "./progress-summary";

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe("summarizeProgress", () => {
  it("counts exercises attempted and solved once each, newest attempts first", () => {
    const summary = summarizeProgress(
      [],
      [
        { id: "a", exerciseSlug: "public-subnet", solved: false, createdAt: at(1) },
        { id: "b", exerciseSlug: "public-subnet", solved: true, createdAt: at(2) },
        { id: "c", exerciseSlug: "open-one-port", solved: false, createdAt: at(3) },
      ],
      [],
    );
    expect(summary.exercises.attempted).toBe(2);
    expect(summary.exercises.solved).toBe(1);
    expect(summary.exercises.recent.map((r) => r.id)).toEqual(["c", "b", "a"]);
    expect(summary.exercises.byExercise).toEqual([
      { exerciseSlug: "open-one-port", status: "attempted", attempts: 1, lastAttemptAt: at(3).toISOString() },
      { exerciseSlug: "public-subnet", status: "solved", attempts: 2, lastAttemptAt: at(2).toISOString() },
    ]);
  });

  it("keeps an exercise solved after a later unsolved attempt", () => {
    const summary = summarizeProgress(
      [],
      [
        { id: "b", exerciseSlug: "public-subnet", solved: false, createdAt: at(5) },
        { id: "a", exerciseSlug: "public-subnet", solved: true, createdAt: at(4) },
      ],
      [],
    );
    expect(summary.exercises.byExercise).toEqual([{ exerciseSlug: "public-subnet", status: "solved", attempts: 2, lastAttemptAt: at(5).toISOString() }]);
  });

  it("scores quizzes as percentages and keeps the best completed attempt per quiz", () => {
    const summary = summarizeProgress(
      [],
      [],
      [
        { id: "q1", mode: "vpc", score: 3, maxScore: 4, startedAt: at(1), completedAt: at(1) },
        { id: "q2", mode: "vpc", score: 4, maxScore: 4, startedAt: at(2), completedAt: null },
        { id: "q3", mode: "vpc", score: 1, maxScore: 4, startedAt: at(3), completedAt: at(3) },
        { id: "q4", mode: "empty", score: 0, maxScore: 0, startedAt: at(4), completedAt: at(4) },
      ],
    );
    expect(summary.quizzes.bestPercentByMode).toEqual({ vpc: 75, empty: 0 });
    expect(summary.quizzes.attempts.map((a) => [a.id, a.percent, a.completedAt === null])).toEqual([
      ["q4", 0, false],
      ["q3", 25, false],
      ["q2", 100, true],
      ["q1", 75, false],
    ]);
  });

  it("lists lessons newest first", () => {
    const summary = summarizeProgress(
      [
        { lessonSlug: "cidr", completedAt: at(1) },
        { lessonSlug: "routing", completedAt: at(5) },
      ],
      [],
      [],
    );
    expect(summary.lessons.map((l) => l.lessonSlug)).toEqual(["routing", "cidr"]);
  });
});
