import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, summaryOf } from "./field-errors";
import { importProgressSchema, markLessonSchema } from "../progress/progress-schemas";

describe("field errors", () => {
  it("names the item in a list that is wrong", () => {
    const result = importProgressSchema.safeParse({ lessons: ["vpc-basics", "Not OK"] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        lessons: ["lessons[1]: Lesson slug must be lowercase words joined by hyphens, such as vpc-basics"],
      });
    }
  });

  it("refuses a userId in progress requests", () => {
    const result = markLessonSchema.safeParse({ lessonSlug: "vpc-basics", userId: "someone-else" });
    expect(result.success).toBe(false);
    if (!result.success) expect(summaryOf(fieldErrorsOf(result.error))).toBe('Unknown field "userId"');
  });

  it("puts whole-object problems under the empty key", () => {
    const result = z.object({ a: z.string() }).refine(() => false, { error: "Not allowed" }).safeParse({ a: "x" });
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ "": ["Not allowed"] });
  });
});
