import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExerciseFileError, getExercise, jsonPathOf, lessonOrder, listExercises, readExerciseFile } from "./exercise-files";

/** A minimal valid exercise; `over` replaces top-level fields. */
function exercise(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Exercise ${id}`,
    brief: "A small network with one web server. Make it answer the internet on tcp/443 and nothing else.",
    concepts: ["route-tables"],
    lesson: { slug: "route-tables", section: "routes" },
    difficulty: "core",
    network: { Vpcs: [{ VpcId: "vpc-a", CidrBlock: "10.0.0.0/16" }] },
    editable: [{ collection: "RouteTables", id: "rtb-a", fields: ["Routes"] }],
    goals: [
      { id: "web-open", description: "The web server answers on 443.", query: { Source: "igw-a", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 }, expect: "reachable" },
      { id: "ssh-closed", description: "SSH stays closed to the internet.", query: { Source: "igw-a", Destination: "i-web", Protocol: "tcp", DestinationPort: 22 }, expect: "blocked" },
    ],
    hints: ["Look at the route table of the web subnet."],
    solution: { changes: [{ collection: "RouteTables", id: "rtb-a", fields: { Routes: [] } }], explanation: "Add the default route to the internet gateway." },
    ...over,
  };
}

let dir: string;
let exercisesDir: string;
let lessonsDir: string;

function write(name: string, value: unknown) {
  writeFileSync(path.join(exercisesDir, name), typeof value === "string" ? value : JSON.stringify(value, null, 2));
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "exercise-files-"));
  exercisesDir = path.join(dir, "exercises");
  lessonsDir = path.join(dir, "lessons");
  mkdirSync(exercisesDir);
  mkdirSync(lessonsDir);
  for (const f of ["01-regions-azs-vpcs.mdx", "04-route-tables.mdx", "06-security-groups-and-nacls.mdx", "notes.txt"]) writeFileSync(path.join(lessonsDir, f), "");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("jsonPathOf", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(jsonPathOf(["goals", 1, "query", "Source"])).toBe("goals[1].query.Source");
    expect(jsonPathOf([2, "id"])).toBe("[2].id");
    expect(jsonPathOf([])).toBe("");
  });
});

describe("lessonOrder", () => {
  it("reads the order of each lesson from its NN-slug.mdx file name, ignoring other files", () => {
    expect([...lessonOrder(lessonsDir)]).toEqual([
      ["regions-azs-vpcs", 1],
      ["route-tables", 4],
      ["security-groups-and-nacls", 6],
    ]);
  });

  it("is empty for a missing directory", () => {
    expect(lessonOrder(path.join(dir, "nope")).size).toBe(0);
  });
});

describe("listExercises", () => {
  it("returns the validated exercises sorted by lesson order, then difficulty, then id", () => {
    write("zeta.json", exercise("zeta", { lesson: { slug: "regions-azs-vpcs" }, difficulty: "challenge" }));
    write("beta.json", exercise("beta", { lesson: { slug: "security-groups-and-nacls" }, difficulty: "starter" }));
    write("alpha.json", exercise("alpha", { lesson: { slug: "route-tables" }, difficulty: "challenge" }));
    write("gamma.json", exercise("gamma", { lesson: { slug: "route-tables" }, difficulty: "starter" }));
    write("delta.json", exercise("delta", { lesson: { slug: "route-tables" }, difficulty: "starter" }));
    write("omega.json", exercise("omega", { lesson: { slug: "not-a-lesson-yet" }, difficulty: "starter" }));
    writeFileSync(path.join(exercisesDir, "README.md"), "# not an exercise");
    const ids = listExercises(exercisesDir, lessonsDir).map((e) => e.id);
    expect(ids).toEqual(["zeta", "delta", "gamma", "alpha", "beta", "omega"]);
  });

  it("returns the parsed content", () => {
    write("alpha.json", exercise("alpha"));
    const [alpha] = listExercises(exercisesDir, lessonsDir);
    expect(alpha?.goals.map((g) => g.expect)).toEqual(["reachable", "blocked"]);
    expect(alpha?.lesson).toEqual({ slug: "route-tables", section: "routes" });
  });

  it("is empty when the directory does not exist", () => {
    expect(listExercises(path.join(dir, "missing"), lessonsDir)).toEqual([]);
  });

  it("refuses a file whose name differs from its id, naming the file and the id field", () => {
    write("alpha.json", exercise("beta"));
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(ExerciseFileError);
    try {
      listExercises(exercisesDir, lessonsDir);
    } catch (error) {
      const e = error as ExerciseFileError;
      expect(e.file).toMatch(/alpha\.json$/);
      expect(e.jsonPath).toBe("id");
      expect(e.message).toContain('"beta"');
      expect(e.message).toContain('"alpha"');
    }
  });

  it("refuses invalid JSON, naming the file", () => {
    write("alpha.json", "{ \"id\": \"alpha\", ");
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(/alpha\.json: is not valid JSON/);
  });

  it("refuses a schema violation with the JSON path at fault", () => {
    const bad = exercise("alpha");
    (bad.goals as Array<{ query: Record<string, unknown> }>)[1]!.query.Protocol = "http";
    write("alpha.json", bad);
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(/alpha\.json at goals\[1\]\.query\.Protocol: /);
  });

  it("refuses a non-editable field named as editable, at its path", () => {
    write("alpha.json", exercise("alpha", { editable: [{ collection: "RouteTables", id: "rtb-a", fields: ["VpcId"] }] }));
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(/at editable\[0\]\.fields\[0\]: RouteTables field VpcId cannot be editable/);
  });

  it("refuses an exercise whose goals are all of one kind", () => {
    const bad = exercise("alpha");
    (bad.goals as Array<{ expect: string }>)[1]!.expect = "reachable";
    write("alpha.json", bad);
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(/at goals: needs at least one reachable and one blocked goal/);
  });

  it("counts the further problems of a file in its message", () => {
    write("alpha.json", exercise("alpha", { title: "x", hints: [] }));
    expect(() => listExercises(exercisesDir, lessonsDir)).toThrow(/and 1 more: hints: /);
  });
});

describe("readExerciseFile and getExercise", () => {
  it("reads one file", () => {
    write("alpha.json", exercise("alpha"));
    expect(readExerciseFile(path.join(exercisesDir, "alpha.json")).title).toBe("Exercise alpha");
  });

  it("refuses a missing file with ExerciseFileError", () => {
    expect(() => readExerciseFile(path.join(exercisesDir, "missing.json"))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
  });

  it("finds an exercise by id, null when absent or not an id", () => {
    write("alpha.json", exercise("alpha"));
    expect(getExercise("alpha", exercisesDir)?.id).toBe("alpha");
    expect(getExercise("beta", exercisesDir)).toBeNull();
    expect(getExercise("../exercises/alpha", exercisesDir)).toBeNull();
    expect(getExercise("Alpha", exercisesDir)).toBeNull();
  });

  it("refuses a broken file found by id", () => {
    write("alpha.json", exercise("beta"));
    expect(() => getExercise("alpha", exercisesDir)).toThrow(ExerciseFileError);
  });
});
