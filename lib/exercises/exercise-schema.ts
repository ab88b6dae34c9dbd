// The format of one graded exercise (content/exercises/<id>.json). Pure data and zod: no React, no server
// code. The engine checks the networks and goals (exercise-checks); the grader applies a learner's changes
// (apply-changes) and evaluates the goals on the server.
import { z } from "zod";
import { EDITABLE_COLLECTIONS, editableCollectionNames } from "./editable-collections";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { EDITABLE_COLLECTIONS, editableCollectionNames, type EditableCollection } from "./editable-collections";

/** One resource the learner may change, and which of its fields. */
export const editableSchema = z.strictObject({
  collection: z.enum(editableCollectionNames),
  id: z.string().min(1),
  fields: z.array(z.string().min(1)).min(1),
});

/** An engine query (engine-contract section 2) in AWS's field names. */
export const goalQuerySchema = z.strictObject({
  Source: z.string().min(1),
  Destination: z.string().min(1),
  SourceIp: z.string().min(1).optional(),
  DestinationIp: z.string().min(1).optional(),
  Protocol: z.enum(["tcp", "udp", "icmp"]),
  DestinationPort: z.number().int().min(0).max(65535).optional(),
  SourcePort: z.number().int().min(0).max(65535).optional(),
});

export const goalSchema = z.strictObject({
  id: z.string().regex(kebab, "kebab-case goal id"),
  /** What the learner reads: "The web server answers the internet on tcp/443." */
  description: z.string().min(10),
  query: goalQuerySchema,
  expect: z.enum(["reachable", "blocked"]),
  /**
   * A hidden goal is graded on the server only: the browser sees its description, never its query, and
   * "Check" in the browser cannot evaluate it.
   */
  hidden: z.boolean().optional(),
});

/** One change a learner (or the reference solution) makes: new values for editable fields of one resource. */
export const changeSchema = z.strictObject({
  collection: z.enum(editableCollectionNames),
  id: z.string().min(1),
  /** Field name -> its whole new value, in AWS's shape (e.g. Routes: [...]). */
  fields: z.record(z.string().min(1), z.unknown()),
});

export const changesSchema = z.array(changeSchema).max(50);

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(kebab, "kebab-case id"),
    title: z.string().min(5).max(90),
    /** The situation and the task, in a few sentences (Markdown: paragraphs, `code`, **bold**). */
    brief: z.string().min(40),
    concepts: z.array(z.string().regex(kebab)).min(1),
    /** The lesson it belongs to, and optionally the section (a heading id) it practises. */
    lesson: z.strictObject({ slug: z.string().regex(kebab), section: z.string().regex(kebab).optional() }),
    difficulty: z.enum(["starter", "core", "challenge"]),
    /** The starting network: an AWS-shaped snapshot the engine loads (engine-contract section 1). */
    network: z.record(z.string(), z.unknown()),
    editable: z.array(editableSchema).min(1),
    goals: z.array(goalSchema).min(2),
    /** Tiered hints, gentlest first; revealed one at a time. */
    hints: z.array(z.string().min(10)).min(1).max(4),
    /** A reference solution: never sent to the browser. Grading is by outcome, not by comparison with it. */
    solution: z.strictObject({ changes: changesSchema.min(1), explanation: z.string().min(20) }),
  })
  .superRefine((exercise, ctx) => {
    const goalIds = exercise.goals.map((g) => g.id);
    if (new Set(goalIds).size !== goalIds.length) ctx.addIssue({ code: "custom", path: ["goals"], message: "goal ids must be unique" });
    if (!exercise.goals.some((g) => g.expect === "reachable") || !exercise.goals.some((g) => g.expect === "blocked"))
      ctx.addIssue({ code: "custom", path: ["goals"], message: "needs at least one reachable and one blocked goal, so an over-permissive fix fails" });
    exercise.editable.forEach((e, i) => {
      const allowed: readonly string[] = EDITABLE_COLLECTIONS[e.collection].fields;
      e.fields.forEach((f, j) => {
        if (!allowed.includes(f))
          ctx.addIssue({ code: "custom", path: ["editable", i, "fields", j], message: `${e.collection} field ${f} cannot be editable (allowed: ${allowed.join(", ")})` });
      });
    });
  });

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseGoal = z.infer<typeof goalSchema>;
export type ExerciseChange = z.infer<typeof changeSchema>;
export type Editable = z.infer<typeof editableSchema>;
