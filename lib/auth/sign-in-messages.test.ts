import { describe, expect, it } from "vitest";
import { signInErrorMessage, WRONG_CREDENTIALS } from "./sign-in-messages";

describe("sign-in messages", () => {
  it("uses the contract's wording", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(WRONG_CREDENTIALS);
    expect(WRONG_CREDENTIALS).toBe("Email or password is incorrect.");
    expect(signInErrorMessage("RateLimited")?.startsWith("Too many sign-in attempts")).toBe(true);
  });
  it("says nothing without an error and something generic for unknown codes", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("<script>")).toBe("Signing in did not work. Please try again.");
  });
});
