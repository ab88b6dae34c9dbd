import { describe, expect, it } from "vitest";
import { attemptIdSchema, exerciseIdSchema, hintRequestSchema, submissionSchema } from "./exercise-api-schemas";

describe("exercise API schemas", () => {
  it("takes a submission of changes only", () => {
    const changes = [{ collection: "RouteTables", id: "rtb-a", fields: { Routes: [] } }];
    expect(submissionSchema.parse({ changes })).toEqual({ changes });
    expect(submissionSchema.safeParse({ changes: [] }).success).toBe(true);
  });

  it("refuses a claim about the result, by name", () => {
    for (const claim of [{ solved: true }, { passed: true }, { goals: [{ id: "a", met: true }] }, { userId: "u2" }]) {
      const result = submissionSchema.safeParse({ changes: [], ...claim });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: Object.keys(claim) });
    }
  });

  it("refuses malformed changes", () => {
    expect(submissionSchema.safeParse({}).success).toBe(false);
    expect(submissionSchema.safeParse({ changes: {} }).success).toBe(false);
    expect(submissionSchema.safeParse({ changes: [{ collection: "Vpcs", id: "vpc-a", fields: {} }] }).success).toBe(false);
    expect(submissionSchema.safeParse({ changes: [{ collection: "RouteTables", id: "rtb-a", fields: {}, solved: true }] }).success).toBe(false);
  });

  it("takes ids that can be ids only", () => {
    expect(exerciseIdSchema.safeParse("public-subnet-route").success).toBe(true);
    expect(exerciseIdSchema.safeParse("../secrets").success).toBe(false);
    expect(attemptIdSchema.safeParse("cmabc123").success).toBe(true);
    expect(attemptIdSchema.safeParse("abc' OR 1=1").success).toBe(false);
  });

  it("takes an optional hint tier", () => {
    expect(hintRequestSchema.parse({})).toEqual({});
    expect(hintRequestSchema.parse({ tier: 2 })).toEqual({ tier: 2 });
    expect(hintRequestSchema.safeParse({ tier: 0 }).success).toBe(false);
    expect(hintRequestSchema.safeParse({ tier: 1, all: true }).success).toBe(false);
  });
});
