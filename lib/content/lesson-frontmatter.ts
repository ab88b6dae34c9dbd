// A lesson's YAML frontmatter: the schema (zod) and the split of an MDX file into frontmatter and body.
// The contract is /work/notes/lesson-vocabulary.md ("Files"). Pure: no fs, safe anywhere.
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SOURCE_TEXTS = ["aws-fundamentals-part-7", "boa207"] as const;

export const lessonSourceSchema = z.strictObject({
  text: z.enum(SOURCE_TEXTS, { error: `source.text must be one of ${SOURCE_TEXTS.join(", ")}` }),
  section: z.string().trim().min(1, { error: "source.section is required" }),
});

const fields = {
  title: z.string().trim().min(3, { error: "title is required" }).max(90, { error: "title must be at most 90 characters" }),
  summary: z.string().trim().min(10, { error: "summary is required (one or two sentences)" }).max(300, { error: "summary must be at most 300 characters" }),
  order: z.number({ error: "order must be a number" }).int({ error: "order must be a whole number" }).min(1).max(99),
  estimatedMinutes: z.number({ error: "estimatedMinutes must be a number" }).int().min(1).max(180),
  objectives: z
    .array(z.string().trim().min(5, { error: "each objective is a sentence" }), { error: "objectives must be a list" })
    .min(2, { error: "objectives must have 2 to 6 items" })
    .max(6, { error: "objectives must have 2 to 6 items" }),
  concepts: z
    .array(z.string().regex(kebab, { error: "concepts are kebab-case ids, such as availability-zone" }))
    .min(1, { error: "concepts must name at least one concept" }),
};

const raw = z.strictObject({
  ...fields,
  source: lessonSourceSchema.optional(),
  sources: z.array(lessonSourceSchema).min(1).optional(),
});

/** The validated frontmatter: `source` and `sources` are folded into one `sources` list. */
export const lessonFrontmatterSchema = raw
  .refine((fm) => (fm.source === undefined) !== (fm.sources === undefined), {
    error: "give exactly one of source or sources",
    path: ["source"],
  })
  .transform(({ source, sources, ...rest }) => ({ ...rest, sources: sources ?? (source ? [source] : []) }));

export type LessonFrontmatter = z.output<typeof lessonFrontmatterSchema>;
export type LessonSource = z.output<typeof lessonSourceSchema>;

export interface SplitSource {
  /** The YAML text between the --- fences, or null when the file has none. */
  yaml: string | null;
  /** The MDX body, with the frontmatter replaced by blank lines so line numbers stay those of the file. */
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: null, body: source };
  const lines = match[0].split("\n").length - 1;
  return { yaml: match[1] ?? "", body: "\n".repeat(lines) + source.slice(match[0].length) };
}

export type FrontmatterResult = { ok: true; frontmatter: LessonFrontmatter } | { ok: false; errors: string[] };

/** Parses and validates the YAML; errors name the field ("objectives: objectives must have 2 to 6 items"). */
export function parseFrontmatter(yamlText: string | null): FrontmatterResult {
  if (yamlText === null) return { ok: false, errors: ["the file has no frontmatter (a --- fenced YAML block at the top)"] };
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    return { ok: false, errors: [`the frontmatter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`] };
  }
  const result = lessonFrontmatterSchema.safeParse(data ?? {});
  if (result.success) return { ok: true, frontmatter: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(frontmatter)"}: ${issue.message}`),
  };
}

/** `01-regions-azs-vpcs.mdx` → { order: 1, slug: "regions-azs-vpcs" }; null for a name that breaks the pattern. */
export function parseLessonFileName(fileName: string): { order: number; slug: string } | null {
  const match = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(fileName);
  if (!match) return null;
  return { order: Number(match[1]), slug: match[2] as string };
}
