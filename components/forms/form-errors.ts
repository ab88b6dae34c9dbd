import type { FieldErrors } from "@/lib/validation/field-errors";

/** Flattens field errors into the summary's list, in the form's field order, general errors first. */
export function summaryMessages(errors: FieldErrors, fieldOrder: readonly string[]): { field?: string; message: string }[] {
  const list: { field?: string; message: string }[] = (errors[""] ?? []).map((message) => ({ message }));
  for (const field of fieldOrder) for (const message of errors[field] ?? []) list.push({ field, message });
  for (const [field, messages] of Object.entries(errors)) {
    if (field === "" || fieldOrder.includes(field)) continue;
    for (const message of messages) list.push({ message });
  }
  return list;
}
