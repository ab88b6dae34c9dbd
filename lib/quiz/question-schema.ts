// The schema of one practice question (content/questions/<lesson-slug>.json holds an array of them).
// Kinds: single, multiple ("choose N"), numeric, and network (a live topology whose key the reachability
// engine computes: lib/quiz/network-question.ts). Pure data: no React, no server code; used by the question-bank test and later by the practice,
// timed-exam and spaced-review modes.
import { z } from "zod";
import { goalQuerySchema } from "@/lib/exercises/exercise-schema";

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

/** An engine query (engine-contract section 2), as an exercise goal writes it. */
export const networkQuerySchema = goalQuerySchema;

/** New values for fields of one resource of the network (whole-field replacement, as lib/exercises/apply-changes does). */
export const networkChangeSchema = z.strictObject({
  /** A snapshot collection: RouteTables, SecurityGroups, NetworkAcls, Reservations, ... */
  collection: z.string().regex(/^[A-Za-z]+$/),
  /** The resource's id (GroupId, RouteTableId, ...; InstanceId for Reservations). */
  id: z.string().min(1),
  /** Field name -> its whole new value in AWS's shape; null removes the field. */
  fields: z.record(z.string().min(1), z.unknown()),
});

const networkChoiceBase = { id: choiceId, text: z.string().min(1), explanation: z.string().min(10) };

/** "reachable": does the query's connection succeed? A choice is a verdict, optionally naming the blocker. */
export const reachableChoiceSchema = z.strictObject({
  ...networkChoiceBase,
  verdict: z.enum(["reachable", "blocked"]),
  /** For "blocked": the component the engine must name as the blocker for this choice to be right. */
  blockedBy: z.string().min(1).optional(),
});

/** "blocker": which component blocks the path? A choice is a component id (null: nothing blocks it). */
export const blockerChoiceSchema = z.strictObject({ ...networkChoiceBase, component: z.string().min(1).nullable() });

/** "fix": which change set makes the goal hold while the others stay as required? */
export const fixChoiceSchema = z.strictObject({ ...networkChoiceBase, changes: z.array(networkChangeSchema).max(10) });

/** A seeded rewrite of the network, so each attempt differs while the engine still computes the key. */
export const variantSchema = z.strictObject({
  /** Move every VPC CIDR block (and everything inside it: subnets, addresses, routes, rules) to a fresh block of the same size in the same private range. */
  cidrs: z.boolean().optional(),
  /** Other blocks to move the same way (an office network, an on-premises range). */
  extraCidrs: z.array(z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/)).optional(),
  /** Replace every resource id with a fresh AWS-style id (prefix kept: sg-, i-, rtb-, ...). */
  ids: z.boolean().optional(),
  /** Named ports: every port field (FromPort, ToPort, PortRange, DestinationPort, Port) equal to `base` becomes one of `values`. */
  ports: z
    .array(z.strictObject({ name: z.string().regex(kebab), base: z.number().int().min(1).max(65535), values: z.array(z.number().int().min(1).max(65535)).min(2) }))
    .optional(),
});

const networkSource = z.union([
  /** A network in content/networks/<ref>.json (registered in lib/quiz/network-question-networks.ts). */
  z.strictObject({ ref: z.string().regex(kebab) }),
  /** An inline AWS-shaped snapshot. */
  z.strictObject({ snapshot: z.record(z.string(), z.unknown()) }),
]);

const networkCommon = {
  ...common,
  kind: z.literal("network"),
  network: networkSource,
  /** Ids to highlight in the diagram. */
  focus: z.array(z.string().min(1)).optional(),
  /** The connection asked about (reachable, blocker) or the goal that must become reachable (fix). */
  query: networkQuerySchema,
  /** How many choices are right ("choose N"); the engine must agree. Default 1. */
  choose: z.number().int().min(1).optional(),
  variant: variantSchema.optional(),
};

export const networkQuestionSchema = z.discriminatedUnion("ask", [
  z.strictObject({ ...networkCommon, ask: z.literal("reachable"), choices: z.array(reachableChoiceSchema).min(3).max(6) }),
  z.strictObject({ ...networkCommon, ask: z.literal("blocker"), choices: z.array(blockerChoiceSchema).min(3).max(6) }),
  z.strictObject({
    ...networkCommon,
    ask: z.literal("fix"),
    choices: z.array(fixChoiceSchema).min(3).max(6),
    /** Connections that must stay blocked after the change (e.g. SSH from the internet). */
    keepBlocked: z.array(networkQuerySchema).optional(),
    /** Connections that must keep working after the change. */
    keepReachable: z.array(networkQuerySchema).optional(),
  }),
]);

export const questionSchema = z
  .discriminatedUnion("kind", [singleQuestionSchema, multipleQuestionSchema, numericQuestionSchema, networkQuestionSchema])
  .superRefine((q, ctx) => {
    if (q.kind === "numeric") return;
    const ids = q.choices.map((c) => c.id);
    const expected = ids.map((_, i) => String.fromCharCode(97 + i));
    if (ids.join() !== expected.join()) ctx.addIssue({ code: "custom", path: ["choices"], message: `choice ids must be ${expected.join(", ")} in order` });
    if (q.kind === "network") {
      const choose = q.choose ?? 1;
      if (choose >= ids.length) ctx.addIssue({ code: "custom", path: ["choose"], message: `choose ${choose} of ${ids.length} choices leaves no distractor` });
      if (q.ask === "reachable")
        q.choices.forEach((c, i) => {
          if (c.verdict === "reachable" && c.blockedBy) ctx.addIssue({ code: "custom", path: ["choices", i, "blockedBy"], message: "a reachable verdict names no blocker" });
        });
      const queries = [["query"], ...(q.ask === "fix" ? [...(q.keepBlocked ?? []).map((_, i) => ["keepBlocked", i]), ...(q.keepReachable ?? []).map((_, i) => ["keepReachable", i])] : [])];
      for (const at of queries) {
        const query = at.length === 1 ? q.query : q.ask === "fix" ? (at[0] === "keepBlocked" ? q.keepBlocked : q.keepReachable)?.[at[1] as number] : undefined;
        if (query && query.Protocol !== "icmp" && query.DestinationPort === undefined)
          ctx.addIssue({ code: "custom", path: [...at, "DestinationPort"], message: "tcp and udp queries need a DestinationPort" });
      }
      return;
    }
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
export type NetworkQuestion = z.infer<typeof networkQuestionSchema>;
export type NetworkQuery = z.infer<typeof networkQuerySchema>;
export type NetworkChange = z.infer<typeof networkChangeSchema>;
export type QuestionDomain = (typeof DOMAINS)[number];
