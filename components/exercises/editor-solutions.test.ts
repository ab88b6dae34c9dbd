// The small console-like editors can solve the exercises that open their fields: the values they build
// (resource-options.ts), applied as the player applies edits, meet every visible goal.
import { describe, expect, it } from "vitest";
import { getExercise } from "@/lib/exercises/exercise-files";
import { publicExercise } from "@/lib/exercises/exercise-view";
import { createExerciseLab, setResourceField } from "./exercise-lab";
import { checkExercise } from "./goal-check";
import { natSubnetOptions, propagationItems, SCHEME_OPTIONS, withPropagation, withTgwEntry } from "./resource-options";

function load(id: string) {
  const exercise = getExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  const view = publicExercise(exercise);
  return { view, lab: createExerciseLab(view.network, view.editable) };
}

function allMet(view: ReturnType<typeof publicExercise>, snapshot: Readonly<Record<string, unknown>>): boolean[] {
  const result = checkExercise(view, snapshot);
  if (!result.ok) throw new Error(result.error);
  return result.goals.map((g) => g.met);
}

describe("console-like editors solve their exercises", () => {
  it("load-balancer-scheme: Scheme set to Internet-facing", () => {
    const { view, lab } = load("load-balancer-scheme");
    const lb = view.editable.find((e) => e.collection === "LoadBalancers")!;
    expect(allMet(view, lab.store.getState().snapshot)).toContain(false);
    expect(SCHEME_OPTIONS.map((o) => o.value)).toContain("internet-facing");
    expect(setResourceField(lab, view.editable, "LoadBalancers", lb.id, "Scheme", "internet-facing", "done")).toBe(true);
    expect(allMet(view, lab.store.getState().snapshot).every(Boolean)).toBe(true);
  });

  it("nat-gateway-placement: the NAT gateway moved to the public subnet", () => {
    const { view, lab } = load("nat-gateway-placement");
    expect(natSubnetOptions(lab.store.getState().snapshot, "nat-shop").map((o) => o.value)).toContain("subnet-public-a");
    expect(setResourceField(lab, view.editable, "NatGateways", "nat-shop", "SubnetId", "subnet-public-a", "done")).toBe(true);
    expect(allMet(view, lab.store.getState().snapshot).every(Boolean)).toBe(true);
  });

  it("transit-gateway-isolation: associations and propagations ticked and cleared one at a time", () => {
    const { view, lab } = load("transit-gateway-isolation");
    const toggle = (table: string, field: "Associations" | "Propagations", attachment: string, on: boolean) =>
      expect(setResourceField(lab, view.editable, "TransitGatewayRouteTables", table, field, withTgwEntry(lab.store.getState().snapshot, table, field, attachment, on), "done")).toBe(true);
    toggle("tgw-rtb-spokes", "Associations", "tgw-attach-shared", false);
    toggle("tgw-rtb-shared", "Associations", "tgw-attach-shared", true);
    toggle("tgw-rtb-spokes", "Propagations", "tgw-attach-dev", false);
    toggle("tgw-rtb-spokes", "Propagations", "tgw-attach-prod", false);
    toggle("tgw-rtb-shared", "Propagations", "tgw-attach-dev", true);
    toggle("tgw-rtb-shared", "Propagations", "tgw-attach-prod", true);
    expect(allMet(view, lab.store.getState().snapshot).every(Boolean)).toBe(true);
  });

  it("vpn-route-to-office: route propagation from the virtual private gateway", () => {
    const { view, lab } = load("vpn-route-to-office");
    expect(propagationItems(lab.store.getState().snapshot, "rtb-app").map((i) => i.id)).toEqual(["vgw-office"]);
    expect(setResourceField(lab, view.editable, "RouteTables", "rtb-app", "PropagatingVgws", withPropagation(lab.store.getState().snapshot, "rtb-app", "vgw-office", true), "done")).toBe(true);
    expect(allMet(view, lab.store.getState().snapshot).every(Boolean)).toBe(true);
  });
});
