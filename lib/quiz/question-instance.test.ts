import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instantiateQuestion, isCorrect } from "./question-instance";
import { questionFileSchema, questionSchema, type Question } from "./question-schema";

const base = {
  stem: "A scenario long enough for the schema, then the question?",
  explanation: "Because the rule says so.",
  lesson: { slug: "subnets", section: "the-five-addresses-aws-keeps" },
  topics: ["subnet"],
  domains: ["ans-design" as const],
  difficulty: 2 as const,
  source: "aws-docs" as const,
};
const choices = ["a", "b", "c", "d", "e"].map((id) => ({ id, text: `choice ${id}`, explanation: `why ${id} is what it is` }));

const single = questionSchema.parse({ ...base, id: "s", kind: "single", choices: choices.slice(0, 4), answer: "c" });
const multiple = questionSchema.parse({ ...base, id: "m", kind: "multiple", choices, answer: { ids: ["d", "a"], choose: 2 } });
const numeric = questionSchema.parse({ ...base, id: "n", kind: "numeric", answer: { value: 11 } });

describe("instantiateQuestion", () => {
  it("single: choices without explanations, the answer as key, explanations per choice", () => {
    const inst = instantiateQuestion(single, 7);
    expect(inst).toMatchObject({ questionId: "s", seed: 7, kind: "single", questionKind: "single", key: "c", stem: base.stem, lesson: base.lesson, domains: ["ans-design"], topics: ["subnet"], difficulty: 2 });
    if (inst.kind !== "single") throw new Error("kind");
    expect(inst.choices).toEqual(choices.slice(0, 4).map(({ id, text }) => ({ id, text })));
    expect(inst.choiceExplanations).toEqual({ a: "why a is what it is", b: "why b is what it is", c: "why c is what it is", d: "why d is what it is" });
    expect(inst.network).toBeUndefined();
  });

  it("multiple: choose N and the key's ids (sorted)", () => {
    const inst = instantiateQuestion(multiple, 1);
    if (inst.kind !== "multiple") throw new Error("kind");
    expect(inst.choose).toBe(2);
    expect(inst.key).toEqual({ ids: ["a", "d"] });
    expect(inst.choices).toHaveLength(5);
  });

  it("numeric: value and tolerance (0 when absent)", () => {
    const inst = instantiateQuestion(numeric, 3);
    expect(inst).toMatchObject({ kind: "numeric", key: { value: 11, tolerance: 0 } });
    expect("choices" in inst).toBe(false);
  });

  it("ignores the seed for today's kinds (identity apart from the seed itself)", () => {
    for (const q of [single, multiple, numeric]) {
      const { seed: _a, ...one } = instantiateQuestion(q, 1);
      const { seed: _b, ...two } = instantiateQuestion(q, 999);
      expect(one).toEqual(two);
    }
  });

  it("is plain JSON (the server can store or send it)", () => {
    for (const q of [single, multiple, numeric]) {
      const inst = instantiateQuestion(q, 5);
      expect(JSON.parse(JSON.stringify(inst))).toEqual(inst);
    }
  });

  it("instantiates every question of the bank", () => {
    const dir = path.join(process.cwd(), "content", "questions");
    const all: Question[] = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => questionFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))));
    for (const q of all) {
      const inst = instantiateQuestion(q, 0);
      expect(inst.questionId).toBe(q.id);
      if (inst.kind === "single") expect(inst.choices.some((c) => c.id === inst.key), q.id).toBe(true);
      if (inst.kind === "multiple") expect(inst.key.ids.every((id) => inst.choices.some((c) => c.id === id)), q.id).toBe(true);
    }
  });
});

describe("isCorrect", () => {
  it("single", () => {
    const inst = instantiateQuestion(single, 0);
    expect(isCorrect(inst, { choice: "c" })).toBe(true);
    expect(isCorrect(inst, { choice: "a" })).toBe(false);
    expect(isCorrect(inst, { choices: ["c"] })).toBe(false);
  });

  it("multiple: exactly the key's choices, in any order", () => {
    const inst = instantiateQuestion(multiple, 0);
    expect(isCorrect(inst, { choices: ["d", "a"] })).toBe(true);
    expect(isCorrect(inst, { choices: ["a"] })).toBe(false);
    expect(isCorrect(inst, { choices: ["a", "d", "b"] })).toBe(false);
    expect(isCorrect(inst, { choices: ["a", "a"] })).toBe(false);
  });

  it("numeric: within tolerance", () => {
    const inst = instantiateQuestion(numeric, 0);
    expect(isCorrect(inst, { value: 11 })).toBe(true);
    expect(isCorrect(inst, { value: 12 })).toBe(false);
    expect(isCorrect(inst, { value: Number.NaN })).toBe(false);
    const loose = instantiateQuestion(questionSchema.parse({ ...base, id: "t", kind: "numeric", answer: { value: 100, tolerance: 5 } }), 0);
    expect(isCorrect(loose, { value: 104 })).toBe(true);
    expect(isCorrect(loose, { value: 106 })).toBe(false);
  });
});
