// The checks catch broken lessons: each test feeds a deliberately broken MDX string and expects the rule to fire,
// and the valid baseline passes clean (so a check that always fails is caught too).
import { describe, expect, it } from "vitest";
import { checkCourse, checkLesson, type CheckContext, type CheckRule } from "./lesson-checks";
import { loadLessonNetwork } from "./networks";

const FRONTMATTER = `---
title: "A test lesson"
summary: "A lesson used by the content-check tests."
order: 1
estimatedMinutes: 10
objectives: ["Explain the first thing.", "Explain the second thing."]
source: { text: "boa207", section: "VPCs" }
concepts: ["vpc"]
---
`;

const SECTIONS = `
## First section

Some text with a [link to the course](/course) and [to a heading](#first-section).

<Claim network="lesson-first-vpc" source="i-app-a" destination="i-app-b" protocol="tcp" port={443} expect="reachable">
  The two instances reach each other.
</Claim>
`;

const ENDING = `
## Recap

<Recap>
- One point.
</Recap>

## Check yourself

<CheckYourself>
  <SelfCheck question="Is this a question?" answer="Yes." />
</CheckYourself>
`;

const lesson = ({ frontmatter = FRONTMATTER, objectives = "<Objectives />\n", sections = SECTIONS, ending = ENDING } = {}) => `${frontmatter}\n${objectives}${sections}${ending}`;

const context: CheckContext = {
  loadNetwork: (name) => loadLessonNetwork(name),
  routes: new Set(["/", "/course", "/course/other-lesson"]),
  anchors: new Map([["/course/other-lesson", new Set(["intro"])]]),
};

function rulesOf(source: string, fileName = "01-test-lesson.mdx"): CheckRule[] {
  return checkLesson(fileName, source, context).issues.map((i) => i.rule);
}
function messagesOf(source: string): string[] {
  return checkLesson("01-test-lesson.mdx", source, context).issues.map((i) => i.message);
}

describe("checkLesson: the baseline", () => {
  it("a well-formed lesson passes every check", () => {
    expect(messagesOf(lesson())).toEqual([]);
  });
});

describe("checkLesson: frontmatter and file name", () => {
  it("a missing frontmatter block", () => {
    expect(rulesOf(lesson({ frontmatter: "" }))).toContain("frontmatter");
  });
  it("one objective is too few, and the message names the field", () => {
    const broken = lesson({ frontmatter: FRONTMATTER.replace('objectives: ["Explain the first thing.", "Explain the second thing."]', 'objectives: ["Explain the first thing."]') });
    expect(messagesOf(broken)).toContain("objectives: objectives must have 2 to 6 items");
  });
  it("an unknown source text and an unknown field", () => {
    const broken = lesson({ frontmatter: FRONTMATTER.replace("boa207", "wikipedia").replace("order: 1", "order: 1\nauthor: me") });
    const messages = messagesOf(broken).join("\n");
    expect(messages).toMatch(/source\.text/);
    expect(messages).toMatch(/author/);
  });
  it("invalid YAML", () => {
    expect(messagesOf(lesson({ frontmatter: '---\ntitle: "unclosed\n---\n' })).join()).toMatch(/not valid YAML/);
  });
  it("a file name without the NN- prefix", () => {
    expect(rulesOf(lesson(), "test-lesson.mdx")).toContain("file-name");
  });
});

describe("checkLesson: tags and props", () => {
  it("an unregistered component", () => {
    expect(messagesOf(lesson({ sections: SECTIONS + "\n<Quiz id=\"x\" />\n" }))).toEqual([expect.stringMatching(/^<Quiz> is not a registered lesson component \(line \d+\)$/)]);
  });
  it("an import", () => {
    expect(rulesOf(lesson({ sections: 'import X from "y"\n' + SECTIONS }))).toContain("tags");
  });
  it("a JavaScript expression (comments are fine)", () => {
    expect(rulesOf(lesson({ sections: SECTIONS + "\n{/* a comment */}\n" }))).toEqual([]);
    expect(rulesOf(lesson({ sections: SECTIONS + "\n{1 + 1}\n" }))).toContain("tags");
  });
  it("a Callout with an unknown kind", () => {
    expect(messagesOf(lesson({ sections: SECTIONS + '\n<Callout kind="danger">x</Callout>\n' })).join()).toMatch(/<Callout> kind: must be one of note, tip, warning, exam/);
  });
  it("a port written as a string, and a missing port for tcp", () => {
    const asString = SECTIONS.replace("port={443}", 'port="443"');
    expect(messagesOf(lesson({ sections: asString })).join()).toMatch(/<Claim> port: must be a number/);
    const missing = SECTIONS.replace(" port={443}", "");
    expect(messagesOf(lesson({ sections: missing })).join()).toMatch(/<Claim> port: port is required for tcp and udp/);
  });
  it("a non-literal attribute", () => {
    expect(messagesOf(lesson({ sections: SECTIONS.replace("port={443}", "port={PORT}") })).join()).toMatch(/port must be a literal/);
  });
  it("a Term that is not in the glossary", () => {
    expect(messagesOf(lesson({ sections: SECTIONS + '\nA <Term id="no-such-term">thing</Term>.\n' })).join()).toMatch(/glossary/);
  });
  it("an unknown explanation code", () => {
    const broken = SECTIONS.replace('expect="reachable"', 'expect="blocked" code="NOT_A_CODE"');
    expect(messagesOf(lesson({ sections: broken })).join()).toMatch(/code: must be an explanation code/);
  });
});

describe("checkLesson: headings and links", () => {
  it("two headings with the same id", () => {
    const broken = SECTIONS + "\n## First section!\n\nMore.\n";
    expect(messagesOf(lesson({ sections: broken })).join()).toMatch(/id "first-section", already used/);
  });
  it("an h1 and a skipped level", () => {
    const rules = messagesOf(lesson({ sections: "\n# Title again\n" + SECTIONS + "\n#### Too deep\n\nText.\n" })).join("\n");
    expect(rules).toMatch(/is an h1/);
    expect(rules).toMatch(/jumps from h2 to h4/);
  });
  it("a heading whose id the page itself uses", () => {
    expect(messagesOf(lesson({ sections: "\n## What you will learn\n\nText.\n" + SECTIONS })).join()).toMatch(/which the lesson page itself uses/);
  });
  it("a heading with no letters or digits", () => {
    expect(messagesOf(lesson({ sections: SECTIONS + "\n### ???\n\nText.\n" })).join()).toMatch(/has no id/);
  });
  it("links to a missing page, a missing heading, another lesson's missing heading, and a relative path", () => {
    const broken = SECTIONS + "\n[a](/nowhere) [b](#no-heading) [c](/course/other-lesson#missing) [d](other-lesson) [ok](/course/other-lesson#intro) [ok](https://aws.amazon.com)\n";
    const links = checkLesson("01-test-lesson.mdx", lesson({ sections: broken }), context).issues.filter((i) => i.rule === "links");
    expect(links.map((i) => i.message.split(" ")[1])).toEqual(['"/nowhere"', '"#no-heading"', '"/course/other-lesson#missing"', '"other-lesson"']);
  });
});

describe("checkLesson: networks and claims", () => {
  it("a network file that does not exist", () => {
    expect(messagesOf(lesson({ sections: SECTIONS.replace("lesson-first-vpc", "no-such-network") })).join()).toMatch(/content\/networks\/no-such-network\.json does not exist/);
  });
  it("a network the engine refuses", () => {
    const refusing: CheckContext = { ...context, loadNetwork: () => ({ ok: false, error: "the engine refused it" }) };
    expect(checkLesson("01-test-lesson.mdx", lesson(), refusing).issues.map((i) => i.rule)).toEqual(["networks"]);
  });
  it("a source, an endpoint and an editable id that are not in the network", () => {
    const broken =
      SECTIONS.replace('source="i-app-a"', 'source="i-ghost"') +
      '\n<ReachabilityMatrix network="lesson-first-vpc" endpoints={["i-app-a", "i-nope"]} protocol="tcp" port={443} />\n' +
      '\n<NetworkLab network="lesson-first-vpc" editable={["rtb-shop-main", "i-app-a"]} source="i-app-a" destination="i-app-b" protocol="tcp" port={443} />\n';
    const messages = messagesOf(lesson({ sections: broken })).join("\n");
    expect(messages).toMatch(/source "i-ghost" is not in the network/);
    expect(messages).toMatch(/endpoints "i-nope" is not in the network/);
    expect(messages).toMatch(/editable "i-app-a" is not a route table/);
    expect(messages).not.toMatch(/editable "rtb-shop-main"/);
  });
  it("a Claim that says reachable where the engine computes blocked", () => {
    const broken = SECTIONS.replace('destination="i-app-b"', 'destination="i-lab"');
    expect(messagesOf(lesson({ sections: broken }))).toEqual([
      expect.stringMatching(/the lesson says reachable, the engine computes blocked \(DISCONNECTED_VPCS\)/),
    ]);
  });
  it("a Claim with the right verdict but the wrong code", () => {
    const broken = SECTIONS.replace('destination="i-app-b"', 'destination="i-lab"').replace('expect="reachable"', 'expect="blocked" code="NO_ROUTE_TO_DESTINATION"');
    expect(rulesOf(lesson({ sections: broken }))).toEqual(["claims"]);
    const right = broken.replace("NO_ROUTE_TO_DESTINATION", "DISCONNECTED_VPCS");
    expect(rulesOf(lesson({ sections: right }))).toEqual([]);
  });
  it("a Claim that says blocked where the engine computes reachable", () => {
    expect(rulesOf(lesson({ sections: SECTIONS.replace('expect="reachable"', 'expect="blocked"') }))).toEqual(["claims"]);
  });
});

describe("checkLesson: shape", () => {
  it("no Objectives", () => {
    expect(messagesOf(lesson({ objectives: "" })).join()).toMatch(/exactly one <Objectives \/>/);
  });
  it("Objectives after the first section", () => {
    expect(messagesOf(lesson({ objectives: "", sections: SECTIONS + "\n<Objectives />\n" })).join()).toMatch(/comes before the first ## section/);
  });
  it("no Recap section", () => {
    const ending = ENDING.replace("## Recap\n\n<Recap>\n- One point.\n</Recap>\n", "");
    expect(messagesOf(lesson({ ending })).join()).toMatch(/needs a "## Recap" section/);
  });
  it("Check yourself before Recap", () => {
    const ending = "\n## Check yourself\n\n<CheckYourself>\n  <SelfCheck question=\"Is this a question?\" answer=\"Yes.\" />\n</CheckYourself>\n\n## Recap\n\n<Recap>\n- One point.\n</Recap>\n";
    expect(messagesOf(lesson({ ending })).join()).toMatch(/are the last two sections/);
  });
  it("a section after Check yourself", () => {
    expect(rulesOf(lesson({ ending: ENDING + "\n## Further reading\n\nMore.\n" }))).toContain("shape");
  });
  it("no section before Recap", () => {
    expect(messagesOf(lesson({ sections: "" })).join()).toMatch(/at least one ## section before/);
  });
  it("a Recap without a list, and a CheckYourself without SelfCheck", () => {
    const ending = "\n## Recap\n\n<Recap>\nJust prose.\n</Recap>\n\n## Check yourself\n\n<CheckYourself>\nWhat do you think?\n</CheckYourself>\n";
    const messages = messagesOf(lesson({ ending })).join("\n");
    expect(messages).toMatch(/<Recap> holds a Markdown list/);
    expect(messages).toMatch(/at least one <SelfCheck/);
  });
  it("MDX that does not parse reports its line", () => {
    const issues = checkLesson("01-test-lesson.mdx", lesson({ sections: SECTIONS + "\n<Callout kind=\"note\">\nunclosed\n" }), context).issues;
    expect(issues.map((i) => i.rule)).toEqual(["syntax"]);
    expect(issues[0]?.line).toBeGreaterThan(1);
  });
});

describe("checkCourse", () => {
  const fm = (order: number) => ({ title: "t", summary: "s", order, estimatedMinutes: 5, objectives: ["a", "b"], concepts: ["vpc"], sources: [] });
  it("duplicate orders, a prefix that disagrees with order, duplicate slugs", () => {
    const issues = checkCourse([
      { fileName: "01-a.mdx", frontmatter: fm(1) },
      { fileName: "02-b.mdx", frontmatter: fm(1) },
      { fileName: "03-a.mdx", frontmatter: fm(3) },
    ]).map((i) => i.message);
    expect(issues).toEqual([
      "02-b.mdx: the file name says 2, the frontmatter says order: 1",
      "02-b.mdx and 01-a.mdx both have order 1",
      "03-a.mdx and 01-a.mdx both have the slug a",
    ]);
  });
  it("a consistent course passes", () => {
    expect(checkCourse([{ fileName: "01-a.mdx", frontmatter: fm(1) }, { fileName: "02-b.mdx", frontmatter: fm(2) }])).toEqual([]);
  });
});
