import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    const a = await hashPassword("same password");
    const b = await hashPassword("same password");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$16384$8$1$")).toBe(true);
  });

  it("never matches a malformed stored hash", async () => {
    for (const stored of ["", "plain", "scrypt$1$2$3", "bcrypt$16384$8$1$c2FsdA==$a2V5", "scrypt$x$8$1$c2FsdA==$a2V5"]) {
      expect(await verifyPassword("anything", stored)).toBe(false);
    }
  });

  it("treats composed and decomposed Unicode the same", async () => {
    const hash = await hashPassword("caf\u00e9-password");
    expect(await verifyPassword("cafe\u0301-password", hash)).toBe(true);
  });
});
