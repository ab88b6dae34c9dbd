import { describe, expect, it } from "vitest";
import { canonicalJson, changesFrom, findResource, lockedFieldsChanged } from "./submission-changes";
import { testExercise } from "./test-exercise";

type Json = Record<string, unknown>;

function withResource(snapshot: Json, collection: string, idField: string, id: string, change: (item: Json) => Json): Json {
  const items = snapshot[collection] as Json[];
  return { ...snapshot, [collection]: items.map((i) => (i[idField] === id ? change(i) : i)) };
}

describe("canonicalJson", () => {
  it("ignores key order and undefined members, keeps array order", () => {
    expect(canonicalJson({ b: 1, a: [2, 1], c: undefined })).toBe(canonicalJson({ a: [2, 1], b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson(undefined)).not.toBe(canonicalJson(null));
  });
});

describe("changesFrom", () => {
  const exercise = testExercise();
  const start = exercise.network;

  it("sends nothing for an untouched network", () => {
    expect(changesFrom(start, start, exercise.editable)).toEqual([]);
    expect(changesFrom(start, structuredClone(start), exercise.editable)).toEqual([]);
  });

  it("sends only the changed editable resource, with the whole new field value", () => {
    const rule = { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] };
    const edited = withResource(start, "SecurityGroups", "GroupId", "sg-db", (g) => ({ ...g, IpPermissions: [rule] }));
    expect(changesFrom(start, edited, exercise.editable)).toEqual([{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [rule] } }]);
  });

  it("does not send a resource whose fields were rewritten to the same value in another key order", () => {
    const edited = withResource(start, "RouteTables", "RouteTableId", "rtb-private", (t) => ({
      ...t,
      Routes: (t.Routes as Json[]).map((r) => Object.fromEntries(Object.entries(r).reverse())),
    }));
    expect(changesFrom(start, edited, exercise.editable)).toEqual([]);
  });

  it("sends a removed field as null and ignores fields and resources that are not editable", () => {
    const edited1 = withResource(start, "NetworkAcls", "NetworkAclId", "acl-db", (a) => {
      const { Entries: _dropped, ...rest } = a;
      return rest;
    });
    const edited = withResource(edited1, "SecurityGroups", "GroupId", "sg-web", (g) => ({ ...g, IpPermissions: [] }));
    expect(changesFrom(start, edited, exercise.editable)).toEqual([{ collection: "NetworkAcls", id: "acl-db", fields: { Entries: null } }]);
  });

  it("names a changed field the exercise keeps locked", () => {
    const edited = withResource(start, "SecurityGroups", "GroupId", "sg-db", (g) => ({ ...g, IpPermissionsEgress: [] }));
    expect(lockedFieldsChanged(start, edited, exercise.editable)).toEqual(["IpPermissionsEgress of sg-db"]);
    expect(changesFrom(start, edited, exercise.editable)).toEqual([]);
  });

  it("finds resources by their collection's id field", () => {
    expect(findResource(start, "RouteTables", "rtb-private")?.RouteTableId).toBe("rtb-private");
    expect(findResource(start, "RouteTables", "rtb-nope")).toBeUndefined();
    expect(findResource({}, "NatGateways", "nat-main")).toBeUndefined();
  });
});
