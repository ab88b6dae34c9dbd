import { describe, expect, it } from "vitest";
import { createExerciseLab, labEditableIds, setResourceField } from "./exercise-lab";
import { changesFrom, findResource } from "./submission-changes";
import { testExercise } from "./test-exercise";

describe("exercise lab", () => {
  const exercise = testExercise();

  it("opens the lab's editors for exactly the route tables, groups and ACLs the exercise lists", () => {
    expect(labEditableIds(exercise.editable)).toEqual(["sg-db", "acl-db", "rtb-private"]);
    expect(labEditableIds([{ collection: "RouteTables", id: "rtb-x", fields: ["Associations"] }, { collection: "NatGateways", id: "nat-1", fields: ["SubnetId"] }])).toEqual([]);
    const lab = createExerciseLab(exercise.network, exercise.editable);
    expect(lab.editableOf("security-group")).toEqual(["sg-db"]);
    expect(lab.editableOf("route-table")).toEqual(["rtb-private"]);
    expect(lab.addSgRule("sg-web", { direction: "inbound", protocol: "tcp", ports: "22", peer: "0.0.0.0/0" })).toBe(false);
  });

  it("accepts an inbound rule on sg-db and refuses an outbound one, which the exercise keeps locked", () => {
    const lab = createExerciseLab(exercise.network, exercise.editable);
    expect(lab.addSgRule("sg-db", { direction: "outbound", protocol: "tcp", ports: "443", peer: "0.0.0.0/0" })).toBe(false);
    expect(lab.store.getState().errors["sg-db"]?.message).toBe("Outbound rules of sg-db cannot be changed in this exercise.");
    expect(lab.store.getState().version).toBe(0);
    expect(lab.addSgRule("sg-db", { direction: "inbound", protocol: "tcp", ports: "5432", peer: "sg-app" })).toBe(true);
    expect(lab.store.getState().errors["sg-db"]).toBeUndefined();
    const changes = changesFrom(exercise.network, lab.store.getState().snapshot, exercise.editable);
    expect(changes).toEqual([{ collection: "SecurityGroups", id: "sg-db", fields: { IpPermissions: [{ IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: "sg-app" }] }] } }]);
  });

  it("sets a whole field of an editable resource and redraws; refuses a field or value it may not take", () => {
    const editable = [...exercise.editable, { collection: "RouteTables" as const, id: "rtb-public", fields: ["Associations"] }];
    const lab = createExerciseLab(exercise.network, editable);
    const associations = [{ Main: false, SubnetId: "subnet-public-a" }];
    expect(setResourceField(lab, editable, "RouteTables", "rtb-public", "Associations", associations, "Association removed.")).toBe(true);
    const s = lab.store.getState();
    expect(s.version).toBe(1);
    expect(s.announcement).toBe("Association removed.");
    expect(findResource(s.snapshot, "RouteTables", "rtb-public")?.Associations).toEqual(associations);
    expect(s.model.subnets.get("subnet-public-b")?.routeTableId).toBe("rtb-main");
    expect(setResourceField(lab, editable, "RouteTables", "rtb-public", "Associations", [{ Main: false, SubnetId: "subnet-nowhere" }], "moved")).toBe(false);
    expect(lab.store.getState().errors["rtb-public"]?.message).toMatch(/^The engine refused the change: /);
    expect(setResourceField(lab, editable, "RouteTables", "rtb-public", "Routes", [], "moved")).toBe(false);
    expect(lab.store.getState().errors["rtb-public"]?.message).toMatch(/Routes of rtb-public is not editable/);
    expect(lab.store.getState().version).toBe(1);
  });
});
