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
