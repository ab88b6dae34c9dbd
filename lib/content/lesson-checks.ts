// The content checks (react.dev-style content lint): every lesson's frontmatter, tags and their props, headings,
// links, networks and claims, and its shape. Pure: networks come through `CheckContext.loadNetwork`, so the
// tests can feed deliberately broken lessons. lessons.test.ts runs these on every file in content/lessons/.
import type { Model } from "@/lib/reachability";
import type { Root, RootContent } from "mdast";
import { glossaryHint } from "./glossary";
import { collectElements, collectHeadings, collectLinks, headingId, LessonSyntaxError, parseLessonBody, textOf, type LessonElement, type LessonHeading } from "./lesson-ast";
import { parseFrontmatter, parseLessonFileName, splitFrontmatter, type LessonFrontmatter } from "./lesson-frontmatter";
import { ALLOWED_HTML, isRegisteredTag, NETWORK_TAGS, TAG_PROPS, type NetworkTag, type TagProps } from "./lesson-tags";
import { editableIds, missingEnd, runQuery, snapshotIds, verdictOf, type QueryProps } from "./network-facts";

export type CheckRule = "file-name" | "frontmatter" | "syntax" | "tags" | "props" | "headings" | "links" | "networks" | "claims" | "shape" | "course";

export interface Issue {
  rule: CheckRule;
  message: string;
  line?: number | undefined;
}

export type NetworkLoad = { ok: true; snapshot: unknown; model: Model } | { ok: false; error: string };

export interface CheckContext {
  loadNetwork(name: string): NetworkLoad;
  /** Internal paths that exist ("/", "/course", "/course/<slug>", ...). */
  routes: ReadonlySet<string>;
  /** Heading ids of each lesson page, by path ("/course/<slug>" → ids), for links with a #fragment. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface CheckedLesson {
  fileName: string;
  frontmatter: LessonFrontmatter | null;
  headings: LessonHeading[];
  issues: Issue[];
}

const at = (line: number | undefined) => (line === undefined ? "" : ` (line ${line})`);

/** Runs every per-lesson check on one file's text. */
export function checkLesson(fileName: string, source: string, context: CheckContext): CheckedLesson {
  const issues: Issue[] = [];
  if (!parseLessonFileName(fileName)) issues.push({ rule: "file-name", message: `${fileName}: lesson files are named NN-slug.mdx, such as 01-regions-azs-vpcs.mdx` });
  const { yaml, body } = splitFrontmatter(source);
  const fm = parseFrontmatter(yaml);
  if (!fm.ok) for (const error of fm.errors) issues.push({ rule: "frontmatter", message: error, line: 1 });
  const frontmatter = fm.ok ? fm.frontmatter : null;

  let tree: Root;
  try {
    tree = parseLessonBody(body);
  } catch (error) {
    const line = error instanceof LessonSyntaxError ? error.line : undefined;
    issues.push({ rule: "syntax", message: `the MDX does not parse: ${error instanceof Error ? error.message : String(error)}`, line });
    return { fileName, frontmatter, headings: [], issues };
  }
  const headings = collectHeadings(tree);
  const elements = collectElements(tree);
  issues.push(...checkTags(tree, elements), ...checkHeadings(headings), ...checkLinks(tree, headings, context), ...checkNetworks(elements, context), ...checkShape(tree));
  return { fileName, frontmatter, headings, issues };
}

/** Only registered tags, no imports/exports, no expressions other than comments. */
export function checkTags(tree: Root, elements: LessonElement[] = collectElements(tree)): Issue[] {
  const issues: Issue[] = [];
  for (const element of elements) {
    if ((ALLOWED_HTML as readonly string[]).includes(element.name)) {
      if (Object.keys(element.attributes).length > 0) issues.push({ rule: "props", message: `<${element.name}> takes no attributes in a lesson${at(element.line)}`, line: element.line });
      continue;
    }
    if (!isRegisteredTag(element.name)) {
      issues.push({ rule: "tags", message: `<${element.name}> is not a registered lesson component${at(element.line)}`, line: element.line });
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(element.attributes)) {
      if (attribute.ok) values[name] = attribute.value;
      else issues.push({ rule: "props", message: `<${element.name}> ${name} ${attribute.error}${at(element.line)}`, line: element.line });
    }
    const parsed = TAG_PROPS[element.name].safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const prop = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "(props)");
        issues.push({ rule: "props", message: `<${element.name}> ${prop}: ${issue.message}${at(element.line)}`, line: element.line });
      }
    }
    if (element.name === "Term" && typeof values.id === "string" && !glossaryHint(values.id)) {
      issues.push({ rule: "props", message: `<Term id="${values.id}"> has no entry in lib/content/glossary.ts${at(element.line)}`, line: element.line });
    }
  }
  walkTop(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "mdxjsEsm") issues.push({ rule: "tags", message: `lessons do not import or export: use the registered components${at(line)}`, line });
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      const program = node.data?.estree;
      if (!program || program.body.length > 0) issues.push({ rule: "tags", message: `lessons hold no {expressions} except {/* comments */}${at(line)}`, line });
    }
  });
  return issues;
}

function walkTop(node: Root | RootContent, visit: (node: RootContent) => void) {
  if (node.type !== "root") visit(node);
  if ("children" in node) for (const child of node.children as RootContent[]) walkTop(child, visit);
}

/** Ids the lesson page uses around the lesson body (skip link target, objectives, progress). */
export const RESERVED_IDS: readonly string[] = ["main", "what-you-will-learn", "lesson-progress-title"];

/** Every heading has a non-empty id, unique in the lesson; no h1 (the title is the page's h1); no skipped level. */
export function checkHeadings(headings: LessonHeading[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number | undefined>();
  let previous = 1;
  for (const h of headings) {
    if (!h.id) issues.push({ rule: "headings", message: `heading "${h.text}" has no id: it needs letters or digits${at(h.line)}`, line: h.line });
    else if (RESERVED_IDS.includes(h.id)) issues.push({ rule: "headings", message: `heading "${h.text}" has the id "${h.id}", which the lesson page itself uses${at(h.line)}`, line: h.line });
    else if (seen.has(h.id)) issues.push({ rule: "headings", message: `heading "${h.text}" has the id "${h.id}", already used on line ${seen.get(h.id)}${at(h.line)}`, line: h.line });
    else seen.set(h.id, h.line);
    if (h.depth === 1) issues.push({ rule: "headings", message: `heading "${h.text}" is an h1: the lesson title is the page's h1, start sections at ##${at(h.line)}`, line: h.line });
    else if (h.depth > previous + 1) issues.push({ rule: "headings", message: `heading "${h.text}" jumps from h${previous} to h${h.depth}${at(h.line)}`, line: h.line });
    previous = h.depth;
  }
  return issues;
}

/** Internal links point to an existing route (and heading); external links are http(s) or mailto. */
export function checkLinks(tree: Root, headings: LessonHeading[], context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const own = new Set(headings.map((h) => h.id));
  for (const { url, line } of collectLinks(tree)) {
    const bad = (why: string) => issues.push({ rule: "links", message: `link "${url}" ${why}${at(line)}`, line });
    if (/^(https?:|mailto:)/i.test(url)) continue;
    if (url.startsWith("#")) {
      if (!own.has(url.slice(1))) bad("points to no heading of this lesson");
      continue;
    }
    if (!url.startsWith("/") || url.startsWith("//")) {
      bad("must be an absolute path on this site (/course/…) or an http(s) address");
      continue;
    }
    const [pathAndQuery = "", fragment] = url.split("#", 2);
    const pathname = (pathAndQuery.split("?")[0] ?? "").replace(/\/$/, "") || "/";
    if (!context.routes.has(pathname)) {
      bad("points to no page of the site");
      continue;
    }
    if (fragment !== undefined) {
      const ids = context.anchors.get(pathname);
      if (!ids || !ids.has(fragment)) bad(`points to no heading "#${fragment}" on ${pathname}`);
    }
  }
  return issues;
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i;

/** Every network loads; every id names something in it; every query runs; every Claim holds. */
export function checkNetworks(elements: LessonElement[], context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const element of elements) {
    if (!(NETWORK_TAGS as readonly string[]).includes(element.name)) continue;
    const tag = element.name as NetworkTag;
    const values = Object.fromEntries(Object.entries(element.attributes).flatMap(([k, v]) => (v.ok ? [[k, v.value]] : [])));
    const parsed = TAG_PROPS[tag].safeParse(values);
    if (!parsed.success) continue; // reported by checkTags
    const props = parsed.data as TagProps<NetworkTag>;
    const where = `<${tag} network="${props.network}">${at(element.line)}`;
    const issue = (rule: CheckRule, message: string) => issues.push({ rule, message: `${where}: ${message}`, line: element.line });
    const network = context.loadNetwork(props.network);
    if (!network.ok) {
      issue("networks", network.error);
      continue;
    }
    const ids = snapshotIds(network.snapshot);
    const needId = (prop: string, id: string, ipAllowed: boolean) => {
      if (!ids.has(id) && !(ipAllowed && IP.test(id))) issue("networks", `${prop} "${id}" is not in the network`);
    };
    if ("source" in props) needId("source", props.source, false);
    if ("destination" in props) needId("destination", props.destination, true);
    if ("endpoints" in props) for (const id of props.endpoints) needId("endpoints", id, true);
    if ("editable" in props) {
      const editable = editableIds(network.snapshot);
      for (const id of props.editable) if (!editable.has(id)) issue("networks", `editable "${id}" is not a route table, security group or network ACL of the network`);
    }
    if (!("source" in props)) continue;
    const run = runQuery(network.model, props as QueryProps);
    if (!run.ok) {
      issue("networks", `the engine refused the query: ${run.error}`);
      continue;
    }
    const missing = missingEnd(run.analysis);
    if (missing) {
      issue("networks", missing);
      continue;
    }
    if (tag === "Claim") {
      const claim = props as TagProps<"Claim">;
      const verdict = verdictOf(run.analysis);
      const stated = claim.code ? `${claim.expect} (${claim.code})` : claim.expect;
      const computed = verdict.code ? `${verdict.expect} (${verdict.code})` : verdict.expect;
      const holds = verdict.expect === claim.expect && (claim.code === undefined || claim.code === verdict.code);
      if (!holds) issue("claims", `the lesson says ${stated}, the engine computes ${computed}${verdict.explanation ? `: ${verdict.explanation}` : ""}`);
    }
  }
  return issues;
}

const RECAP = "recap";
const CHECK = "check-yourself";

function isElement(node: RootContent, name: string): boolean {
  return node.type === "mdxJsxFlowElement" && node.name === name;
}

function isNoise(node: RootContent): boolean {
  return (node.type === "mdxFlowExpression" && node.data?.estree?.body.length === 0) || (node.type === "paragraph" && textOf(node).trim() === "" && node.children.length === 0);
}

/** Objectives → sections (##) → ## Recap with <Recap> → ## Check yourself with <CheckYourself> of <SelfCheck>s. */
export function checkShape(tree: Root): Issue[] {
  const issues: Issue[] = [];
  const fail = (message: string, line?: number) => issues.push({ rule: "shape", message: `${message}${at(line)}`, line });
  const nodes = tree.children.filter((n) => !isNoise(n));
  const h2 = nodes.flatMap((node, index) => (node.type === "heading" && node.depth === 2 ? [{ index, id: headingId(textOf(node).trim()), line: node.position?.start.line }] : []));
  const firstH2 = h2[0]?.index ?? nodes.length;

  const objectives = nodes.flatMap((n, i) => (isElement(n, "Objectives") ? [i] : []));
  if (objectives.length !== 1) fail(`a lesson has exactly one <Objectives /> (found ${objectives.length})`);
  else if ((objectives[0] as number) > firstH2) fail("<Objectives /> comes before the first ## section", nodes[objectives[0] as number]?.position?.start.line);

  const recapAt = h2.findIndex((h) => h.id === RECAP);
  const checkAt = h2.findIndex((h) => h.id === CHECK);
  if (recapAt === -1) fail('the lesson needs a "## Recap" section');
  if (checkAt === -1) fail('the lesson needs a "## Check yourself" section');
  if (recapAt !== -1 && checkAt !== -1) {
    if (recapAt !== h2.length - 2 || checkAt !== h2.length - 1) fail('"## Recap" and then "## Check yourself" are the last two sections', h2[recapAt]?.line);
    if (recapAt === 0) fail('the lesson needs at least one ## section before "## Recap"', h2[recapAt]?.line);
  }
  const sectionOf = (at: number) => {
    const start = h2[at]?.index ?? 0;
    const end = h2[at + 1]?.index ?? nodes.length;
    return nodes.slice(start + 1, end);
  };
  const count = (name: string) => nodes.filter((n) => isElement(n, name)).length;
  if (recapAt !== -1) {
    const section = sectionOf(recapAt);
    if (!section.some((n) => isElement(n, "Recap"))) fail('"## Recap" holds a <Recap> with a list', h2[recapAt]?.line);
    const recap = section.find((n) => isElement(n, "Recap"));
    if (recap && recap.type === "mdxJsxFlowElement" && !recap.children.some((c) => c.type === "list")) fail("<Recap> holds a Markdown list", recap.position?.start.line);
  }
  if (count("Recap") > 1) fail("a lesson has one <Recap>");
  if (checkAt !== -1) {
    const section = sectionOf(checkAt);
    const check = section.find((n) => isElement(n, "CheckYourself"));
    if (!check || check.type !== "mdxJsxFlowElement") fail('"## Check yourself" holds a <CheckYourself>', h2[checkAt]?.line);
    else {
      const children = check.children.filter((c) => !(c.type === "mdxFlowExpression" && c.data?.estree?.body.length === 0));
      const selfChecks = children.filter((c) => c.type === "mdxJsxFlowElement" && c.name === "SelfCheck");
      if (selfChecks.length === 0) fail("<CheckYourself> holds at least one <SelfCheck question=… answer=… />", check.position?.start.line);
      if (selfChecks.length !== children.length) fail("<CheckYourself> holds only <SelfCheck /> elements", check.position?.start.line);
    }
  }
  if (count("CheckYourself") > 1) fail("a lesson has one <CheckYourself>");
  return issues;
}

export interface CourseEntry {
  fileName: string;
  frontmatter: LessonFrontmatter | null;
}

/** Across lessons: each order once, the file's NN prefix equals `order`, each slug once. */
export function checkCourse(entries: CourseEntry[]): Issue[] {
  const issues: Issue[] = [];
  const orders = new Map<number, string>();
  const slugs = new Map<string, string>();
  for (const { fileName, frontmatter } of entries) {
    const name = parseLessonFileName(fileName);
    if (!name || !frontmatter) continue;
    if (name.order !== frontmatter.order) issues.push({ rule: "course", message: `${fileName}: the file name says ${name.order}, the frontmatter says order: ${frontmatter.order}` });
    const otherOrder = orders.get(frontmatter.order);
    if (otherOrder) issues.push({ rule: "course", message: `${fileName} and ${otherOrder} both have order ${frontmatter.order}` });
    orders.set(frontmatter.order, fileName);
    const otherSlug = slugs.get(name.slug);
    if (otherSlug) issues.push({ rule: "course", message: `${fileName} and ${otherSlug} both have the slug ${name.slug}` });
    slugs.set(name.slug, fileName);
  }
  return issues;
}
