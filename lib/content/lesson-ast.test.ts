import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { collectElements, collectHeadings, headingId, LESSON_REMARK_PLUGINS, parseLessonBody, remarkHeadingIds } from "./lesson-ast";
import { splitFrontmatter } from "./lesson-frontmatter";

describe("headingId", () => {
  it.each([
    ["Regions and Availability Zones", "regions-and-availability-zones"],
    ["VPCs & CIDR blocks", "vpcs-cidr-blocks"],
    ["What is 10.0.0.0/16?", "what-is-10-0-0-0-16"],
    ["Égress-only gateways", "egress-only-gateways"],
    ["  Recap  ", "recap"],
    ["???", ""],
  ])("%s → %s", (text, id) => {
    expect(headingId(text)).toBe(id);
  });
});

describe("parsing a lesson body", () => {
  it("reads literal attribute values: strings, numbers, lists, booleans; refuses other expressions", () => {
    const tree = parseLessonBody('<ReachabilityMatrix network="n" endpoints={["a", "b"]} port={443} flag other={x + 1} />\n');
    const [element] = collectElements(tree);
    expect(element?.name).toBe("ReachabilityMatrix");
    expect(element?.attributes.network).toEqual({ ok: true, value: "n" });
    expect(element?.attributes.endpoints).toEqual({ ok: true, value: ["a", "b"] });
    expect(element?.attributes.port).toEqual({ ok: true, value: 443 });
    expect(element?.attributes.flag).toEqual({ ok: true, value: true });
    expect(element?.attributes.other?.ok).toBe(false);
  });

  it("headings keep the file's line numbers after the frontmatter is split off", () => {
    const { body } = splitFrontmatter('---\ntitle: "x"\norder: 1\n---\n\n## First\n');
    expect(collectHeadings(parseLessonBody(body))).toEqual([{ depth: 2, text: "First", id: "first", line: 6 }]);
  });

  it("the compiled page carries the same heading ids as the table of contents", async () => {
    const body = "## A VPC is your network\n\n### Sub: part `two`\n";
    const ids = collectHeadings(parseLessonBody(body)).map((h) => h.id);
    const code = String(await compile(body, { remarkPlugins: [...LESSON_REMARK_PLUGINS, remarkHeadingIds] }));
    expect(ids).toEqual(["a-vpc-is-your-network", "sub-part-two"]);
    for (const id of ids) expect(code).toContain(`id: "${id}"`);
  });
});
