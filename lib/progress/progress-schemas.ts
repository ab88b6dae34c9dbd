// Input rules for the progress API. Objects are strict: a `userId` (or any unknown field) is refused,
// because the caller's identity comes from the session only.
import { z } from "zod";

export const slugSchema = z
  .string({ error: "Lesson slug must be text" })
  .min(1, { error: "Lesson slug is required" })
  .max(120, { error: "Lesson slug must be at most 120 characters" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: "Lesson slug must be lowercase words joined by hyphens, such as vpc-basics",
  });

export const markLessonSchema = z.strictObject({
  lessonSlug: slugSchema,
});

export const MAX_IMPORTED_LESSONS = 500;

export const importProgressSchema = z.strictObject({
  lessons: z
    .array(slugSchema, { error: "lessons must be a list of lesson slugs" })
    .max(MAX_IMPORTED_LESSONS, { error: `lessons may hold at most ${MAX_IMPORTED_LESSONS} slugs` }),
});

/** GET /api/progress takes no parameters; any (such as userId) is refused. */
export const progressQuerySchema = z.strictObject({});
