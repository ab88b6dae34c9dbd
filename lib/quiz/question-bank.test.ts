// The question bank: every content/questions/*.json parses and links to a real lesson section.
// Run: npx vitest run lib/quiz
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listLessons } from "@/lib/content/lessons";
import { questionFileSchema, type Question } from "./question-schema";

const QUESTIONS_DIR = path.join(process.cwd(), "content", "questions");
const files = readdirSync(QUESTIONS_DIR).filter((f) => f.endsWith(".json")).sort();
const lessons = new Map(listLessons().map((l) => [l.slug, new Set(l.headings.map((h) => h.id))]));

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(QUESTIONS_DIR, file), "utf8"));
}

function parsed(file: string): Question[] {
  return questionFileSchema.parse(load(file));
}

function prefixOf(cidr: string): number {
  const [address, prefix] = cidr.split("/");
  const octets = (address ?? "").split(".").map(Number);
  const bits = Number(prefix);
  expect(octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255), `${cidr}: octets`).toBe(true);
  expect(bits >= 0 && bits <= 32, `${cidr}: prefix`).toBe(true);
  return bits;
}

describe("content/questions", () => {
  it("has a file", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s parses with the schema", (file) => {
    const result = questionFileSchema.safeParse(load(file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it.each(files)("%s is named after a lesson and its questions link to that lesson's headings", (file) => {
    const slug = file.replace(/\.json$/, "");
    expect(lessons.has(slug), `no lesson ${slug}`).toBe(true);
    for (const q of parsed(file)) {
      const headings = lessons.get(q.lesson.slug);
      expect(headings, `${q.id}: no lesson ${q.lesson.slug}`).toBeDefined();
      expect(headings?.has(q.lesson.section), `${q.id}: no heading #${q.lesson.section} in ${q.lesson.slug}`).toBe(true);
    }
  });

  it("ids are unique across files", () => {
    const ids = files.flatMap((f) => parsed(f).map((q) => q.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(files)("%s: answers follow the rules of their kind", (file) => {
    for (const q of parsed(file)) {
      if (q.kind === "single") {
        expect(q.choices.filter((c) => c.id === q.answer), q.id).toHaveLength(1);
      } else if (q.kind === "multiple") {
        expect(q.answer.choose, q.id).toBe(q.answer.ids.length);
        expect(new Set(q.answer.ids).size, q.id).toBe(q.answer.ids.length);
        for (const a of q.answer.ids) expect(q.choices.some((c) => c.id === a), `${q.id}: ${a}`).toBe(true);
        expect(q.choices.length - q.answer.ids.length, `${q.id}: distractors`).toBeGreaterThanOrEqual(q.answer.ids.length + 1);
      } else if (q.kind === "numeric") {
        expect(typeof q.answer.value, q.id).toBe("number");
        expect(Number.isFinite(q.answer.value), q.id).toBe(true);
      }
      if (q.kind !== "numeric") {
        expect(new Set(q.choices.map((c) => c.id)).size, `${q.id}: choice ids`).toBe(q.choices.length);
      }
    }
  });

  it.each(files)("%s: subnet arithmetic is recomputed", (file) => {
    for (const q of parsed(file)) {
      if (!q.check) continue;
      expect(q.kind, `${q.id}: check needs a numeric question`).toBe("numeric");
      if (q.kind !== "numeric") continue;
      const tolerance = q.answer.tolerance ?? 0;
      if (q.check.usableAddressesIn) {
        const expected = 2 ** (32 - prefixOf(q.check.usableAddressesIn)) - 5;
        expect(Math.abs(q.answer.value - expected), `${q.id}: usable in ${q.check.usableAddressesIn} is ${expected}`).toBeLessThanOrEqual(tolerance);
      }
      if (q.check.totalAddressesIn) {
        const expected = 2 ** (32 - prefixOf(q.check.totalAddressesIn));
        expect(Math.abs(q.answer.value - expected), `${q.id}: total in ${q.check.totalAddressesIn} is ${expected}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });
});
