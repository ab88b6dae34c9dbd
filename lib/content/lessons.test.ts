// The content checks on the real course: every file in content/lessons/ passes every check, and the index
// lists them in order with their neighbours. Run: npx vitest run lib/content
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { LESSON_REMARK_PLUGINS, remarkHeadingIds } from "./lesson-ast";
import { checkCourse, checkLesson, type CheckContext } from "./lesson-checks";
import { getLesson, LESSONS_DIR, lessonPath, listLessons } from "./lessons";
import { loadLessonNetwork, networkNames } from "./networks";
import { staticAppRoutes } from "./site-routes";

const files = readdirSync(LESSONS_DIR).filter((f) => f.endsWith(".mdx")).sort();
const lessons = listLessons();

const context: CheckContext = {
  loadNetwork: (name) => loadLessonNetwork(name),
  routes: new Set([...staticAppRoutes(), ...lessons.map((l) => lessonPath(l.slug))]),
  anchors: new Map(lessons.map((l) => [lessonPath(l.slug), new Set(l.headings.map((h) => h.id))])),
};

describe("content/lessons", () => {
  it("holds lesson 1, Regions, Availability Zones and VPCs", () => {
    expect(files).toContain("01-regions-azs-vpcs.mdx");
    expect(getLesson("regions-azs-vpcs")?.frontmatter.title).toBe("Regions, Availability Zones and VPCs");
  });

  it.each(files)("%s passes every content check", (file) => {
    const { issues } = checkLesson(file, readFileSync(path.join(LESSONS_DIR, file), "utf8"), context);
    expect(issues.map((i) => `${i.rule}: ${i.message}`)).toEqual([]);
  });

  it("orders and slugs are unique, and each file's NN prefix is its order", () => {
    const entries = files.map((file) => checkLesson(file, readFileSync(path.join(LESSONS_DIR, file), "utf8"), context));
    expect(checkCourse(entries)).toEqual([]);
  });

  it("the index lists every lesson in order and links neighbours", () => {
    expect(lessons.map((l) => l.fileName)).toEqual(files);
    const orders = lessons.map((l) => l.frontmatter.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    lessons.forEach((l, i) => {
      const lesson = getLesson(l.slug);
      expect(lesson?.previous?.slug ?? null).toBe(lessons[i - 1]?.slug ?? null);
      expect(lesson?.next?.slug ?? null).toBe(lessons[i + 1]?.slug ?? null);
    });
    expect(getLesson("no-such-lesson")).toBeNull();
  });

  it.each(files)("%s: the table of contents lists the ## and ### headings with the ids the compiled page carries", async (file) => {
    const lesson = lessons.find((l) => l.fileName === file);
    const body = getLesson(lesson?.slug ?? "")?.body ?? "";
    expect(lesson?.headings.length).toBeGreaterThan(2);
    expect(lesson?.headings.every((h) => h.depth === 2 || h.depth === 3)).toBe(true);
    expect(lesson?.headings.slice(-2).map((h) => h.id)).toEqual(["recap", "check-yourself"]);
    const code = String(await compile(body, { remarkPlugins: [...LESSON_REMARK_PLUGINS, remarkHeadingIds] }));
    for (const heading of lesson?.headings ?? []) expect(code).toContain(`id: "${heading.id}"`);
  });

  it("every network in content/networks/ loads in the engine", () => {
    const names = networkNames();
    expect(names).toContain("lesson-first-vpc");
    for (const name of names) {
      const network = loadLessonNetwork(name);
      expect(network.ok ? "loaded" : network.error).toBe("loaded");
    }
  });

  it("the site routes include the course and the public pages", () => {
    expect([...context.routes]).toEqual(expect.arrayContaining(["/", "/course", "/course/regions-azs-vpcs", "/exercises", "/quizzes"]));
    expect([...context.routes].some((r) => r.startsWith("/api"))).toBe(false);
  });
});
