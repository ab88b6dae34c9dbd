import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** Groups a zod error's messages by top-level field ("" for the whole object). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (result[key] ??= []).push(`Unknown field "${key}"`);
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : "";
    // Name the item inside a list or object, e.g. "lessons[1]: Lesson slug must be …".
    const where = issue.path.slice(1).map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
    (result[field] ??= []).push(where ? `${field}${where}: ${issue.message}` : issue.message);
  }
  return result;
}

/** One sentence for a response's `error`: every distinct message, in order. */
export function summaryOf(errors: FieldErrors): string {
  const messages = [...new Set(Object.values(errors).flat())];
  return messages.join(". ").replace(/\.\./g, ".");
}
