"use client";
/**
 * Editors for exactly the resources and fields an exercise opens, in the exercise's order: the widget kit's
 * console-like route table, security group and network ACL editors (through the restricted lab); small
 * console-like editors for a network interface's public IPv4 address, a load balancer's scheme, a NAT gateway's
 * subnet, a route table's route propagation and a transit gateway route table's associations and propagations;
 * and the JSON field editor for any other opened field.
 */
import { useId, useSyncExternalStore } from "react";
import type { Editable } from "@/lib/exercises/exercise-schema";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { JsonFieldEditor } from "@/components/editors/JsonFieldEditor";
import { NetworkAclEditor } from "@/components/editors/NetworkAclEditor";
import { PublicIpEditor } from "@/components/editors/PublicIpEditor";
import { RouteTableEditor } from "@/components/editors/RouteTableEditor";
import { SecurityGroupEditor } from "@/components/editors/SecurityGroupEditor";
import { SelectFieldEditor } from "@/components/editors/SelectFieldEditor";
import { TgwRoutesEditor } from "@/components/editors/TgwRoutesEditor";
import { ToggleListEditor } from "@/components/editors/ToggleListEditor";
import { InlineError } from "@/components/editors/EditorParts";
import { setResourceField } from "./exercise-lab";
import type { PlayerExercise } from "./player-types";
import { natSubnetOptions, propagationItems, SCHEME_OPTIONS, tgwAttachments, tgwItems, withPropagation, withTgwEntry } from "./resource-options";
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

/** Field names that mean something else in one collection. */
const COLLECTION_FIELD_LABEL: Partial<Record<Editable["collection"], Record<string, string>>> = {
  TransitGatewayRouteTables: { Associations: "associations", Propagations: "propagations", Routes: "static routes" },
  VpnConnections: { Routes: "static routes" },
  NetworkAcls: { Associations: "subnet associations" },
};

/** "Security group sg-db: inbound rules" */
export function editableSummary(e: Editable): string {
  return `${RESOURCE_LABEL[e.collection]} ${e.id}: ${e.fields.map((f) => COLLECTION_FIELD_LABEL[e.collection]?.[f] ?? FIELD_LABEL[f] ?? f).join(", ")}`;
}

/** The fields of an editable entry that the console-like editors cover; the rest get the JSON field editor. */
function consoleFields(e: Editable): string[] {
  switch (e.collection) {
    case "SecurityGroups":
      return ["IpPermissions", "IpPermissionsEgress"];
    case "NetworkAcls":
      return ["Entries"];
    case "RouteTables":
      return ["Routes", "PropagatingVgws"];
    case "NetworkInterfaces":
      return ["Association"];
    case "LoadBalancers":
      return ["Scheme"];
    case "NatGateways":
      return ["SubnetId"];
    case "TransitGatewayRouteTables":
      return ["Associations", "Propagations", "Routes"];
    default:
      return [];
  }
}

/** The rule directions of a security group the exercise opens; the others stay locked (no Remove, not in Add). */
function sgDirections(e: Editable): ("inbound" | "outbound")[] {
  return [...(e.fields.includes("IpPermissions") ? ["inbound" as const] : []), ...(e.fields.includes("IpPermissionsEgress") ? ["outbound" as const] : [])];
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
            {e.collection === "SecurityGroups" ? <SecurityGroupEditor lab={lab} groupId={e.id} directions={sgDirections(e)} /> : null}
            {e.collection === "NetworkAcls" && e.fields.includes("Entries") ? <NetworkAclEditor lab={lab} aclId={e.id} /> : null}
            {e.collection === "NetworkInterfaces" && e.fields.includes("Association") ? (
              <PublicIpEditor lab={lab} interfaceId={e.id} setAssociation={(value, done) => set(e, "Association")(value, done)} />
            ) : null}
            {e.collection === "RouteTables" && e.fields.includes("PropagatingVgws") ? (
              <ToggleListEditor
                lab={lab}
                resourceId={e.id}
                title={`Route table ${e.id}: Route propagation`}
                legend="Propagate routes from"
                items={propagationItems(state.snapshot, e.id)}
                empty="No virtual private gateway is attached to this VPC."
                onToggle={(gw, on) => set(e, "PropagatingVgws")(withPropagation(state.snapshot, e.id, gw, on), `Route propagation from ${gw} ${on ? "enabled" : "disabled"} on ${e.id}.`)}
              />
            ) : null}
            {e.collection === "LoadBalancers" && e.fields.includes("Scheme") ? (
              <SelectFieldEditor
                lab={lab}
                resourceId={e.id}
                title={`Load balancer ${String(findResource(state.snapshot, e.collection, e.id)?.LoadBalancerName ?? e.id)}: Scheme`}
                label="Scheme"
                current={findResource(state.snapshot, e.collection, e.id)?.Scheme as string | undefined}
                options={SCHEME_OPTIONS}
                note="Internet-facing: nodes get public addresses and a public DNS name. Internal: private addresses only."
                setField={set(e, "Scheme")}
              />
            ) : null}
            {e.collection === "NatGateways" && e.fields.includes("SubnetId") ? (
              <SelectFieldEditor
                lab={lab}
                resourceId={e.id}
                title={`NAT gateway ${e.id}: Subnet`}
                label="Subnet"
                current={findResource(state.snapshot, e.collection, e.id)?.SubnetId as string | undefined}
                options={natSubnetOptions(state.snapshot, e.id)}
                setField={set(e, "SubnetId")}
              />
            ) : null}
            {e.collection === "TransitGatewayRouteTables" && (e.fields.includes("Associations") || e.fields.includes("Propagations")) ? (
              <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-${e.id}-tgw`}>
                <h3 id={`${uid}-${e.id}-tgw`}>
                  Transit gateway route table <span className="rn-mono">{e.id}</span>
                </h3>
                <p className="m-0 text-sm text-[var(--rn-muted)]">An attachment is associated with one route table, which routes its traffic; it can propagate its routes into any number of tables.</p>
                {(["Associations", "Propagations"] as const)
                  .filter((field) => e.fields.includes(field))
                  .map((field) => (
                    <ToggleListEditor
                      key={field}
                      lab={lab}
                      resourceId={e.id}
                      legend={field === "Associations" ? "Associations (this table routes traffic from)" : "Propagations (this table learns routes to)"}
                      items={tgwItems(state.snapshot, e.id, field)}
                      empty="This transit gateway has no attachments."
                      errorId={`${uid}-${e.id}-tgw-error`}
                      onToggle={(attachment, on) =>
                        set(e, field)(withTgwEntry(state.snapshot, e.id, field, attachment, on), `${attachment} ${on ? (field === "Associations" ? "associated with" : "now propagates to") : field === "Associations" ? "no longer associated with" : "no longer propagates to"} ${e.id}.`)
                      }
                    />
                  ))}
                <InlineError id={`${uid}-${e.id}-tgw-error`} message={state.errors[e.id]?.message} />
              </section>
            ) : null}
            {e.collection === "TransitGatewayRouteTables" && e.fields.includes("Routes") ? (
              <TgwRoutesEditor
                lab={lab}
                routeTableId={e.id}
                routes={(() => {
                  const routes = findResource(state.snapshot, e.collection, e.id)?.Routes;
                  return Array.isArray(routes) ? (routes as Record<string, unknown>[]) : [];
                })()}
                attachments={tgwAttachments(state.snapshot, e.id)}
                setRoutes={set(e, "Routes")}
              />
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
