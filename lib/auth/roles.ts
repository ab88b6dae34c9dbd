export const ROLES = ["learner", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { learner: 0, instructor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Roles are ordered: an admin may do what an instructor may, an instructor what a learner may. */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}
