/**
 * The NetworkLab controller as an exercise needs it: editors for exactly the editable resources and fields.
 * `createExerciseLab` starts a lab on a snapshot (the exercise's start, or a learner's restored solution) with the
 * route tables, security groups and network ACLs the exercise opens; `restrictLab` refuses, inline like any
 * other refusal, an edit of a field the exercise keeps locked (e.g. outbound rules when only inbound are open);
 * `setResourceField` changes one whole field of any other editable resource (a public IP association, a load
 * balancer's scheme, a NAT gateway's subnet, ...) through the same reload-or-refuse path as the lab's own edits.
 */
import type { Editable } from "@/lib/exercises/exercise-schema";
import { ChangeRefused, applyChanges } from "@/lib/exercises/apply-changes";
import { loadNetwork } from "@/components/network/load-network";
import { createNetworkLabController, type NetworkLabController } from "@/components/lab/network-lab-controller";
import { layoutTopology } from "@/components/topology/layout";
import { buildTopology } from "@/components/topology/topology-graph";

/** The lab's own editors and the field each of them writes. */
const LAB_EDITORS = {
  RouteTables: ["Routes"],
  SecurityGroups: ["IpPermissions", "IpPermissionsEgress"],
  NetworkAcls: ["Entries"],
} as const satisfies Partial<Record<Editable["collection"], readonly string[]>>;

/** Ids the lab's own editors may change: a route table, group or ACL with at least one of its editor's fields open. */
export function labEditableIds(editable: readonly Editable[]): string[] {
  return editable
    .filter((e) => e.collection in LAB_EDITORS && LAB_EDITORS[e.collection as keyof typeof LAB_EDITORS].some((f: string) => e.fields.includes(f)))
    .map((e) => e.id);
}

export function createExerciseLab(snapshot: unknown, editable: readonly Editable[]): NetworkLabController {
  return restrictLab(createNetworkLabController(snapshot, { editable: labEditableIds(editable) }), editable);
}

function refuse(lab: NetworkLabController, id: string, message: string): false {
  lab.store.setState((s) => ({ ...s, errors: { ...s.errors, [id]: { field: "", message } }, announcement: `Not changed: ${message}` }));
  return false;
}

/** The same controller, refusing security group edits in a direction the exercise keeps locked. */
export function restrictLab(lab: NetworkLabController, editable: readonly Editable[]): NetworkLabController {
  const fieldsOf = (id: string) => editable.find((e) => e.id === id)?.fields ?? [];
  const sgField = (direction: "inbound" | "outbound") => (direction === "inbound" ? "IpPermissions" : "IpPermissionsEgress");
  const locked = (groupId: string, direction: "inbound" | "outbound") =>
    fieldsOf(groupId).includes(sgField(direction)) ? undefined : `${direction === "inbound" ? "Inbound" : "Outbound"} rules of ${groupId} cannot be changed in this exercise.`;
  return {
    ...lab,
    addSgRule(groupId, draft) {
      const why = locked(groupId, draft.direction);
      return why ? refuse(lab, groupId, why) : lab.addSgRule(groupId, draft);
    },
    removeSgRule(groupId, row) {
      const why = locked(groupId, row.direction);
      return why ? refuse(lab, groupId, why) : lab.removeSgRule(groupId, row);
    },
  };
}

/**
 * Replaces one editable field of one resource (value undefined removes the field), reloads the engine's model
 * and redraws; a change the exercise does not open or the engine refuses is refused inline on that resource.
 */
export function setResourceField(lab: NetworkLabController, editable: readonly Editable[], collection: Editable["collection"], id: string, field: string, value: unknown, done: string): boolean {
  const s = lab.store.getState();
  let snapshot: Record<string, unknown>;
  try {
    snapshot = applyChanges(s.snapshot as Record<string, unknown>, editable, [{ collection, id, fields: { [field]: value ?? null } }]);
  } catch (error) {
    if (error instanceof ChangeRefused) return refuse(lab, id, error.message);
    throw error;
  }
  const next = loadNetwork(snapshot);
  if (!next.ok) return refuse(lab, id, `The engine refused the change: ${next.error}`);
  const topology = buildTopology(next.model);
  lab.store.setState({
    ...s,
    snapshot,
    model: next.model,
    topology,
    layouts: { wide: layoutTopology(topology, "wide"), compact: layoutTopology(topology, "compact") },
    version: s.version + 1,
    errors: { ...s.errors, [id]: undefined },
    lastEditMs: undefined,
    announcement: done,
  });
  lab.probe.refresh();
  return true;
}
