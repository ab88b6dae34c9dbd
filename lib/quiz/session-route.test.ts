import { describe, expect, it } from "vitest";
import { sessionIdFromPath } from "./session-route";

describe("session id from the path", () => {
  it("reads the id of every session route", () => {
    expect(sessionIdFromPath("/api/quizzes/sessions/cm1abc2def3")).toBe("cm1abc2def3");
    expect(sessionIdFromPath("/api/quizzes/sessions/cm1abc2def3/answers")).toBe("cm1abc2def3");
  });
  it("answers a malformed id as not found", () => {
    expect(() => sessionIdFromPath("/api/quizzes/sessions/..%2F..%2Fx/answers")).toThrow("No quiz session");
    expect(() => sessionIdFromPath("/api/quizzes/other")).toThrow("No quiz session");
  });
});
