"use client";
/**
 * Editors for exactly the resources and fields an exercise opens, in the exercise's order: the widget kit's
 * console-like route table, security group and network ACL editors (through the restricted lab), a public IPv4
 * editor for network interfaces, and the JSON field editor for any other opened field.
 */
import { useId, useSyncExternalStore } from "react";
import type { Editable } from "@/lib/exercises/exercise-schema";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { JsonFieldEditor } from "@/components/editors/JsonFieldEditor";
import { NetworkAclEditor } from "@/components/editors/NetworkAclEditor";
import { PublicIpEditor } from "@/components/editors/PublicIpEditor";
import { RouteTableEditor } from "@/components/editors/RouteTableEditor";
import { SecurityGroupEditor } from "@/components/editors/SecurityGroupEditor";
import { setResourceField } from "./exercise-lab";
import type { PlayerExercise } from "./player-types";
import { findResource } from "./submission-changes";

const RESOURCE_LABEL: Record<Editable["collection"], string> = {
  RouteTables: "Route table",
  SecurityGroups: "Security group",
  NetworkAcls: "Network ACL",
  NetworkInterfaces: "Network interface",
  LoadBalancers: "Load balancer",
  NatGateways: "NAT gateway",
  TransitGatewayRouteTables: "Transit gateway route table",
  VpnConnections: "VPN connection",
};

const FIELD_LABEL: Record<string, string> = {
  Routes: "routes",
  IpPermissions: "inbound rules",
  IpPermissionsEgress: "outbound rules",
  Entries: "rules",
  Association: "public IPv4 address",
  Associations: "subnet associations",
  Groups: "security groups",
  SecurityGroups: "security groups",
  Scheme: "scheme",
  SubnetId: "subnet",
  PropagatingVgws: "route propagation",
  Propagations: "propagations",
};

/** "Security group sg-db: inbound rules" */
export function editableSummary(e: Editable): string {
  return `${RESOURCE_LABEL[e.collection]} ${e.id}: ${e.fields.map((f) => FIELD_LABEL[f] ?? f).join(", ")}`;
}

/** The fields of an editable entry that the console-like editors cover; the rest get the JSON field editor. */
function consoleFields(e: Editable): string[] {
  switch (e.collection) {
    case "RouteTables":
      return ["Routes"];
    case "SecurityGroups":
      return ["IpPermissions", "IpPermissionsEgress"];
    case "NetworkAcls":
      return ["Entries"];
    case "NetworkInterfaces":
      return ["Association"];
    default:
      return [];
  }
}

export function ExerciseEditors({ exercise, lab }: { exercise: PlayerExercise; lab: NetworkLabController }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const set = (e: Editable, field: string) => (value: unknown, done: string) => setResourceField(lab, exercise.editable, e.collection, e.id, field, value, done);
  return (
    <section aria-labelledby={`${uid}-edit`} className="flex flex-col gap-4">
      <h2 id={`${uid}-edit`} className="text-xl font-semibold">Change the network</h2>
      <div className="text-sm">
        <p className="m-0">You may change only these; everything else is fixed:</p>
        <ul className="m-0 list-disc pl-5">
          {exercise.editable.map((e) => (
            <li key={`${e.collection}-${e.id}`}>{editableSummary(e)}</li>
          ))}
        </ul>
      </div>
      <p className="m-0 text-sm text-[var(--rn-muted)]" aria-live="polite">
        {state.announcement || "Changes apply at once to the diagram; press Check to evaluate the goals."}
      </p>
      {exercise.editable.map((e) => {
        const key = `${e.collection}-${e.id}`;
        const others = e.fields.filter((f) => !consoleFields(e).includes(f));
        return (
          <div key={key} className="flex flex-col gap-4">
            {e.collection === "RouteTables" && e.fields.includes("Routes") ? <RouteTableEditor lab={lab} routeTableId={e.id} /> : null}
            {e.collection === "SecurityGroups" ? <SecurityGroupEditor lab={lab} groupId={e.id} /> : null}
            {e.collection === "NetworkAcls" && e.fields.includes("Entries") ? <NetworkAclEditor lab={lab} aclId={e.id} /> : null}
            {e.collection === "NetworkInterfaces" && e.fields.includes("Association") ? (
              <PublicIpEditor lab={lab} interfaceId={e.id} setAssociation={(value, done) => set(e, "Association")(value, done)} />
            ) : null}
            {others.map((field) => (
              <JsonFieldEditor
                key={field}
                lab={lab}
                resourceId={e.id}
                resourceLabel={RESOURCE_LABEL[e.collection]}
                field={field}
                current={findResource(state.snapshot, e.collection, e.id)?.[field]}
                setField={set(e, field)}
              />
            ))}
          </div>
        );
      })}
    </section>
  );
}
