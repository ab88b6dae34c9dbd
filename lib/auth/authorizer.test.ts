import { describe, expect, it } from "vitest";
import { AuthorizationError, createAuthorizer, safeCallbackPath, type CurrentUser } from "./authorizer";
import { hasRole, isRole } from "./roles";

const users: Record<string, CurrentUser> = {
  l1: { id: "l1", name: "Lea", email: "lea@example.com", role: "learner" },
  i1: { id: "i1", name: "Ian", email: "ian@example.com", role: "instructor" },
  a1: { id: "a1", name: "Ann", email: "ann@example.com", role: "admin" },
};

function authorizerFor(sessionUserId: string | null) {
  return createAuthorizer({
    sessionUserId: async () => sessionUserId,
    loadUser: async (id) => users[id] ?? null,
  });
}

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AuthorizationError) return error.status;
    throw error;
  }
}

describe("roles", () => {
  it("orders learner < instructor < admin", () => {
    expect(hasRole("admin", "instructor")).toBe(true);
    expect(hasRole("instructor", "learner")).toBe(true);
    expect(hasRole("learner", "instructor")).toBe(false);
    expect(hasRole("instructor", "admin")).toBe(false);
  });
  it("recognises only the three roles", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe("authorizer", () => {
  it("refuses a visitor with 401", async () => {
    expect(await statusOf(authorizerFor(null).requireUser())).toBe(401);
    expect(await authorizerFor(null).currentUser()).toBeNull();
  });

  it("refuses a session whose user no longer exists", async () => {
    expect(await statusOf(authorizerFor("deleted").requireUser())).toBe(401);
  });

  it("returns the stored user", async () => {
    expect(await authorizerFor("l1").requireUser()).toEqual(users.l1);
  });

  it("checks roles with 403", async () => {
    expect(await statusOf(authorizerFor("l1").requireRole("instructor"))).toBe(403);
    expect(await statusOf(authorizerFor("i1").requireRole("instructor"))).toBe("ok");
    expect(await statusOf(authorizerFor("a1").requireRole("instructor"))).toBe("ok");
    expect(await statusOf(authorizerFor("i1").requireRole("admin"))).toBe(403);
    expect(await statusOf(authorizerFor(null).requireRole("learner"))).toBe(401);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackPath("/dashboard")).toBe("/dashboard");
    expect(safeCallbackPath("/course?x=1#top")).toBe("/course?x=1#top");
  });
  it("refuses other origins and odd forms", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    }
  });
});
