// The sign-up and sign-in forms' rules, shared by the browser (instant feedback) and the server
// (the rule that counts). Messages name the field, as the UI contract requires.
import { z } from "zod";

const required = (field: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${field} is required` : `${field} must be text`),
});

export const nameSchema = z
  .string(required("Name"))
  .trim()
  .min(1, { error: "Name is required" })
  .max(80, { error: "Name must be at most 80 characters" });

export const emailSchema = z
  .string(required("Email"))
  .trim()
  .toLowerCase()
  .min(1, { error: "Email is required" })
  .max(254, { error: "Email must be at most 254 characters" })
  .pipe(z.email({ error: "Email must be a valid email address" }));

export const newPasswordSchema = z
  .string(required("Password"))
  .min(8, { error: "Password must be at least 8 characters" })
  .max(128, { error: "Password must be at most 128 characters" });

export const signUpSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string(required("Password"))
    .min(1, { error: "Password is required" })
    .max(128, { error: "Password must be at most 128 characters" }),
});
export type SignInInput = z.infer<typeof signInSchema>;
