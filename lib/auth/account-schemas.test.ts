import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "./account-schemas";
import { fieldErrorsOf, summaryOf } from "../validation/field-errors";

function errorsOf(input: unknown) {
  const result = signUpSchema.safeParse(input);
  if (result.success) return {};
  return fieldErrorsOf(result.error);
}

describe("sign-up schema", () => {
  it("accepts a valid account and normalises the email", () => {
    const parsed = signUpSchema.parse({ name: "  Ada  ", email: " Ada@Example.COM ", password: "long enough" });
    expect(parsed).toEqual({ name: "Ada", email: "ada@example.com", password: "long enough" });
  });

  it("names each field in its message", () => {
    expect(errorsOf({ name: "", email: "nope", password: "short" })).toEqual({
      name: ["Name is required"],
      email: ["Email must be a valid email address"],
      password: ["Password must be at least 8 characters"],
    });
  });

  it("says a missing field is required", () => {
    expect(errorsOf({})).toEqual({
      name: ["Name is required"],
      email: ["Email is required"],
      password: ["Password is required"],
    });
  });

  it("enforces the upper limits", () => {
    const errors = errorsOf({ name: "x".repeat(81), email: `${"a".repeat(250)}@example.com`, password: "p".repeat(129) });
    expect(errors.name).toEqual(["Name must be at most 80 characters"]);
    expect(errors.email?.[0]).toBe("Email must be at most 254 characters");
    expect(errors.password).toEqual(["Password must be at most 128 characters"]);
  });

  it("accepts the boundaries", () => {
    expect(signUpSchema.safeParse({ name: "x".repeat(80), email: "a@b.co", password: "p".repeat(8) }).success).toBe(true);
    expect(signUpSchema.safeParse({ name: "x", email: "a@b.co", password: "p".repeat(128) }).success).toBe(true);
  });

  it("refuses fields it does not know, such as a role", () => {
    expect(errorsOf({ name: "Ada", email: "a@b.co", password: "long enough", role: "admin" })).toEqual({
      role: ['Unknown field "role"'],
    });
  });

  it("refuses values of the wrong type with a clear message", () => {
    expect(errorsOf({ name: 42, email: "a@b.co", password: "long enough" })).toEqual({ name: ["Name must be text"] });
  });
});

describe("sign-in schema", () => {
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) expect(summaryOf(fieldErrorsOf(result.error))).toBe("Email is required. Password is required");
  });
});
