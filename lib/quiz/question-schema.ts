// The schema of one practice question (content/questions/<lesson-slug>.json holds an array of them).
// Pure data: no React, no server code; used by the question-bank test and later by the practice,
// timed-exam and spaced-review modes.
import { z } from "zod";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DOMAINS = [
  "ans-design",
  "ans-implementation",
  "ans-management",
  "ans-security",
  "saa-secure",
  "saa-resilient",
  "saa-performant",
  "saa-cost",
] as const;

export const SOURCES = ["aws-fundamentals-part-7", "boa207", "aws-docs"] as const;

const choiceId = z.string().regex(/^[a-f]$/, "choice ids are a..f");

export const choiceSchema = z.strictObject({
  id: choiceId,
  text: z.string().min(1),
  /** Why this choice is right or wrong. */
  explanation: z.string().min(10),
});

/** Optional machine-checkable facts behind the answer (the question-bank test recomputes them). */
export const checkSchema = z.strictObject({
  /** Usable addresses in an AWS subnet of this CIDR: 2^(32 - prefix) - 5. */
  usableAddressesIn: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/).optional(),
  /** All addresses in this CIDR block: 2^(32 - prefix). */
  totalAddressesIn: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/).optional(),
});

const common = {
  id: z.string().regex(kebab, "kebab-case id"),
  /** A short scenario, then the question. */
  stem: z.string().min(20),
  /** Why the right answer is right. */
  explanation: z.string().min(10),
  lesson: z.strictObject({
    slug: z.string().regex(kebab),
    /** A heading id in that lesson (lib/content/lesson-ast.ts headingId). */
    section: z.string().regex(kebab),
  }),
  topics: z.array(z.string().regex(kebab)).min(1),
  domains: z.array(z.enum(DOMAINS)).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  source: z.enum(SOURCES),
  check: checkSchema.optional(),
};

const choices = z.array(choiceSchema).min(4).max(6);

export const singleQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal("single"),
  choices,
  answer: choiceId,
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal("multiple"),
  choices,
  answer: z.strictObject({
    ids: z.array(choiceId).min(2),
    /** "Choose N": equals ids.length. */
    choose: z.number().int().min(2),
  }),
});

export const numericQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal("numeric"),
  answer: z.strictObject({
    value: z.number().finite(),
    tolerance: z.number().nonnegative().optional(),
  }),
});

// Later: a `network` kind, answered by the reachability engine (a network from content/networks/, a
// query, and the learner's verdict or edit checked with lib/reachability). Add it as another member
// of this union; not implemented yet.
export const questionSchema = z
  .discriminatedUnion("kind", [singleQuestionSchema, multipleQuestionSchema, numericQuestionSchema])
  .superRefine((q, ctx) => {
    if (q.kind === "numeric") return;
    const ids = q.choices.map((c) => c.id);
    const expected = ids.map((_, i) => String.fromCharCode(97 + i));
    if (ids.join() !== expected.join()) ctx.addIssue({ code: "custom", path: ["choices"], message: `choice ids must be ${expected.join(", ")} in order` });
    if (q.kind === "single" && !ids.includes(q.answer)) ctx.addIssue({ code: "custom", path: ["answer"], message: `answer ${q.answer} is not a choice` });
    if (q.kind === "multiple") {
      const { ids: answers, choose } = q.answer;
      if (choose !== answers.length) ctx.addIssue({ code: "custom", path: ["answer", "choose"], message: `choose ${choose} but ${answers.length} answer ids` });
      if (new Set(answers).size !== answers.length) ctx.addIssue({ code: "custom", path: ["answer", "ids"], message: "duplicate answer ids" });
      for (const a of answers) if (!ids.includes(a)) ctx.addIssue({ code: "custom", path: ["answer", "ids"], message: `answer ${a} is not a choice` });
      if (ids.length - answers.length < answers.length + 1)
        ctx.addIssue({ code: "custom", path: ["choices"], message: "needs at least one more distractor than answers" });
    }
  });

export const questionFileSchema = z.array(questionSchema).min(1);

export type Question = z.infer<typeof questionSchema>;
export type QuestionDomain = (typeof DOMAINS)[number];
