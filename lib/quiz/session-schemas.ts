// Input rules for the quiz API. Objects are strict: a userId (or any unknown field) is refused, since the
// caller is always the signed-in learner.
import { z } from "zod";
import { EXAM_DEFAULTS, EXAM_LIMITS } from "./exam-rules";
import { learnerAnswerSchema } from "./grading";
import { DOMAINS } from "./question-schema";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const QUIZ_MODES = ["practice", "exam", "review"] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

export const PRACTICE_DEFAULT_LENGTH = 10;
export const REVIEW_DEFAULT_LENGTH = 20;

const topicList = z
  .array(z.string().regex(kebab, { error: "Topics are lowercase words joined by hyphens, such as route-table" }), { error: "topics must be a list" })
  .max(200, { error: "Choose at most 200 topics" });
const domainList = z
  .array(z.enum(DOMAINS, { error: `Domains are ${DOMAINS.join(", ")}` }), { error: "domains must be a list" })
  .max(DOMAINS.length);
const length = (max: number, fallback: number) =>
  z
    .number({ error: "length must be a number of questions" })
    .int({ error: "length must be a whole number" })
    .min(1, { error: "length must be at least 1" })
    .max(max, { error: `length must be at most ${max}` })
    .default(fallback);

export const practiceConfigSchema = z.strictObject({
  mode: z.literal("practice"),
  topics: topicList.default([]),
  domains: domainList.default([]),
  length: length(50, PRACTICE_DEFAULT_LENGTH),
});

export const examConfigSchema = z.strictObject({
  mode: z.literal("exam"),
  domains: domainList.default([]),
  length: length(EXAM_LIMITS.maxLength, EXAM_DEFAULTS.length),
  minutes: z
    .number({ error: "minutes must be a number" })
    .int({ error: "minutes must be a whole number" })
    .min(EXAM_LIMITS.minMinutes, { error: `minutes must be at least ${EXAM_LIMITS.minMinutes}` })
    .max(EXAM_LIMITS.maxMinutes, { error: `minutes must be at most ${EXAM_LIMITS.maxMinutes}` })
    .default(EXAM_DEFAULTS.minutes),
});

export const reviewConfigSchema = z.strictObject({
  mode: z.literal("review"),
  length: length(50, REVIEW_DEFAULT_LENGTH),
});

export const startSessionSchema = z.discriminatedUnion("mode", [practiceConfigSchema, examConfigSchema, reviewConfigSchema], {
  error: `mode must be one of ${QUIZ_MODES.join(", ")}`,
});
export type SessionConfig = z.infer<typeof startSessionSchema>;

const questionId = z
  .string({ error: "questionId is required" })
  .min(1, { error: "questionId is required" })
  .max(120, { error: "questionId must be at most 120 characters" });

export const answerRequestSchema = z.strictObject({
  questionId,
  answer: learnerAnswerSchema,
  /** The learner found it hard (practice and review): it comes back sooner. */
  hard: z.boolean({ error: "hard must be true or false" }).default(false),
});

export const flagRequestSchema = z.strictObject({
  questionId,
  flagged: z.boolean({ error: "flagged must be true or false" }),
});

export const emptyRequestSchema = z.strictObject({});

/** A session id in a URL (cuid). */
export const sessionIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/, { error: "Not a quiz session id" });
