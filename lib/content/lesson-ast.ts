// Parsing a lesson's MDX body into its syntax tree (mdast with MDX nodes), and reading what the checks, the
// table of contents and the renderer need from it: headings with stable ids, JSX elements with their literal
// attribute values, links. Pure: no fs, no React. The renderer uses `remarkHeadingIds` from here, so the ids
// in the table of contents and the ids on the page come from the same function.
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { Heading, Link, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Expression } from "estree";

/** The remark plugins every lesson is compiled with (the checks parse with the same ones). */
export const LESSON_REMARK_PLUGINS = [remarkGfm];

export type MdxNode = Root | RootContent;
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export class LessonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = "LessonSyntaxError";
  }
}

/** Parses MDX into mdast. Throws LessonSyntaxError (with the line) when the MDX does not parse. */
export function parseLessonBody(body: string): Root {
  const processor = createProcessor({ remarkPlugins: LESSON_REMARK_PLUGINS });
  try {
    return processor.parse(body) as Root;
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    // An element left open at the end of the file has no place; its opening position is in the reason.
    const line = (error as { line?: number }).line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? Number.NaN);
    throw new LessonSyntaxError(reason, Number.isNaN(line) ? undefined : line);
  }
}

/** Visits every node, depth first, in document order. */
export function walk(node: MdxNode, visit: (node: MdxNode, parent: MdxNode | null) => void, parent: MdxNode | null = null): void {
  visit(node, parent);
  if ("children" in node) for (const child of node.children as MdxNode[]) walk(child, visit, node);
}

export function textOf(node: MdxNode): string {
  if ("value" in node && typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if ("children" in node) return (node.children as MdxNode[]).map(textOf).join("");
  return "";
}

/** A heading's id: lowercase words of its text joined by hyphens ("VPCs & CIDR blocks" → "vpcs-cidr-blocks"). */
export function headingId(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, " ")
    .trim()
    .replace(/[\s-]+/g, "-");
}

export interface LessonHeading {
  depth: number;
  text: string;
  id: string;
  line: number | undefined;
}

export function collectHeadings(tree: Root): LessonHeading[] {
  const headings: LessonHeading[] = [];
  walk(tree, (node) => {
    if (node.type !== "heading") return;
    const text = textOf(node).trim();
    headings.push({ depth: node.depth, text, id: headingId(text), line: node.position?.start.line });
  });
  return headings;
}

/** remark plugin: gives every heading its id (data.hProperties.id), the one collectHeadings computes. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    walk(tree, (node) => {
      if (node.type !== "heading") return;
      const heading = node as Heading;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: headingId(textOf(heading).trim()) } };
    });
  };
}

export type AttributeValue = { ok: true; value: unknown } | { ok: false; error: string };

export interface LessonElement {
  name: string;
  attributes: Record<string, AttributeValue>;
  line: number | undefined;
  node: JsxElement;
}

function literal(expression: Expression | null | undefined): AttributeValue {
  if (!expression) return { ok: false, error: "is empty" };
  switch (expression.type) {
    case "Literal":
      if (expression.value instanceof RegExp || typeof expression.value === "bigint") return { ok: false, error: "must be a plain literal" };
      return { ok: true, value: expression.value };
    case "UnaryExpression":
      if (expression.operator === "-" && expression.argument.type === "Literal" && typeof expression.argument.value === "number") {
        return { ok: true, value: -expression.argument.value };
      }
      return { ok: false, error: "must be a literal (a number, string, boolean or list of them)" };
    case "TemplateLiteral":
      if (expression.expressions.length === 0) return { ok: true, value: expression.quasis.map((q) => q.value.cooked ?? "").join("") };
      return { ok: false, error: "must not interpolate values" };
    case "ArrayExpression": {
      const values: unknown[] = [];
      for (const element of expression.elements) {
        if (!element || element.type === "SpreadElement") return { ok: false, error: "must be a list of literals" };
        const item = literal(element);
        if (!item.ok) return item;
        values.push(item.value);
      }
      return { ok: true, value: values };
    }
    default:
      return { ok: false, error: "must be a literal (a number, string, boolean or list of them), so the checks can read it" };
  }
}

function attributeValue(value: MdxJsxFlowElement["attributes"][number] & { type: "mdxJsxAttribute" }): AttributeValue {
  if (value.value === null || value.value === undefined) return { ok: true, value: true };
  if (typeof value.value === "string") return { ok: true, value: value.value };
  const program = value.value.data?.estree;
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== "ExpressionStatement") return { ok: false, error: "must be one literal expression" };
  return literal(statement.expression);
}

/** Every JSX element (flow and inline) in document order, with its attributes read as literals. */
export function collectElements(tree: Root): LessonElement[] {
  const elements: LessonElement[] = [];
  walk(tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const attributes: Record<string, AttributeValue> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxExpressionAttribute") {
        attributes["{…}"] = { ok: false, error: "spread attributes are not allowed in lessons" };
        continue;
      }
      attributes[attribute.name] = attributeValue(attribute);
    }
    elements.push({ name: node.name ?? "<>", attributes, line: node.position?.start.line, node });
  });
  return elements;
}

export interface LessonLink {
  url: string;
  line: number | undefined;
}

/** Markdown links and `href` attributes of JSX elements. */
export function collectLinks(tree: Root): LessonLink[] {
  const links: LessonLink[] = [];
  walk(tree, (node) => {
    if (node.type === "link" || node.type === "definition") links.push({ url: (node as Link).url, line: node.position?.start.line });
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type === "mdxJsxAttribute" && attribute.name === "href" && typeof attribute.value === "string") {
          links.push({ url: attribute.value, line: node.position?.start.line });
        }
      }
    }
  });
  return links;
}
