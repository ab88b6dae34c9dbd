"use client";
/**
 * <NetworkLab snapshot={json} editable={["rtb-private", "sg-db", "acl-db"]} source=… destination=… protocol=… port=… />:
 * the diagram, the path probe and console-like editors for exactly the listed resources; optionally a
 * reachability matrix whose cells load the path probe. Every accepted edit makes a new snapshot, reloads the
 * engine's model in the browser and re-runs the probe; the diagram and the narrative follow.
 */
import { useCallback, useId, useMemo, useState, useSyncExternalStore } from "react";
import type { Protocol } from "@/lib/reachability";
import { NetworkAclEditor } from "@/components/editors/NetworkAclEditor";
import { RouteTableEditor } from "@/components/editors/RouteTableEditor";
import { SecurityGroupEditor } from "@/components/editors/SecurityGroupEditor";
import { ReachabilityMatrixView } from "@/components/matrix/ReachabilityMatrix";
import { narrate } from "@/components/network/narrative";
import { PathProbePanel } from "@/components/path-probe/PathProbePanel";
import { TopologyView } from "@/components/topology/TopologyView";
import type { TopologyNode } from "@/components/topology/topology-graph";
import "@/components/network/widgets.css";
import { createNetworkLabController, type NetworkLabController } from "./network-lab-controller";

export interface NetworkLabProps {
  readonly snapshot: unknown;
  readonly editable?: readonly string[];
  readonly source?: string;
  readonly destination?: string;
  readonly protocol?: Protocol;
  readonly port?: number;
  readonly sourceIp?: string;
  readonly destinationIp?: string;
  readonly caption?: string;
  /** Show a reachability matrix of these endpoints (cells load the path probe). */
  readonly matrix?: { readonly endpoints: readonly string[]; readonly protocol: Protocol; readonly port?: number };
}

function tryCreate(props: NetworkLabProps): { lab: NetworkLabController } | { error: string } {
  try {
    return {
      lab: createNetworkLabController(props.snapshot, {
        editable: props.editable ?? [],
        probe: {
          ...(props.source ? { source: props.source } : {}),
          ...(props.destination ? { destination: props.destination } : {}),
          ...(props.protocol ? { protocol: props.protocol } : {}),
          ...(props.port !== undefined ? { port: props.port } : {}),
          ...(props.sourceIp ? { sourceIp: props.sourceIp } : {}),
          ...(props.destinationIp ? { destinationIp: props.destinationIp } : {}),
        },
      }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function NetworkLab(props: NetworkLabProps) {
  const [created] = useState(() => tryCreate(props));
  if ("error" in created) return <p role="alert" className="rn-widget rn-error">This network cannot be loaded: {created.error}</p>;
  return <Lab lab={created.lab} props={props} />;
}

function Lab({ lab, props }: { lab: NetworkLabController; props: NetworkLabProps }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const probe = useSyncExternalStore(lab.probe.store.subscribe, lab.probe.store.getState, lab.probe.store.getState);
  const narrative = useMemo(() => (probe.analysis ? narrate(state.model, probe.analysis) : undefined), [probe.analysis, state.model]);
  const onMatrixSelect = useCallback(
    (source: string, destination: string) => {
      if (!props.matrix) return;
      lab.probe.setQuery({ source, destination, protocol: props.matrix.protocol, ...(props.matrix.port !== undefined ? { port: props.matrix.port } : {}), destinationIp: "" });
    },
    [lab, props.matrix],
  );
  const endpointIds = useMemo(() => new Set([...state.model.instances.keys(), ...state.model.enis.keys(), ...state.model.components.keys()]), [state.model]);
  const selectionActions = (node: TopologyNode) => {
    const id = node.componentIds.find((c) => endpointIds.has(c) && (state.model.instances.has(c) || state.model.components.has(c)));
    if (!id) return null;
    return (
      <>
        <button type="button" className="rn-button" onClick={() => lab.probe.setSource(id)}>Use {id} as source</button>
        <button type="button" className="rn-button" onClick={() => lab.probe.setDestination(id)}>Use {id} as destination</button>
      </>
    );
  };
  const all = [...lab.editableOf("route-table"), ...lab.editableOf("security-group"), ...lab.editableOf("network-acl")];
  // Up to three editors are shown together; with more, the learner picks one (the playground edits everything).
  const [picked, setPicked] = useState(all[0] ?? "");
  const shown = all.length > 3 ? all.filter((id) => id === picked) : all;
  const routeTables = lab.editableOf("route-table").filter((id) => shown.includes(id));
  const groups = lab.editableOf("security-group").filter((id) => shown.includes(id));
  const acls = lab.editableOf("network-acl").filter((id) => shown.includes(id));
  const kindName = (id: string) => (state.model.routeTables.has(id) ? "Route table" : state.model.securityGroups.has(id) ? "Security group" : "Network ACL");

  return (
    <div className="rn-widget flex flex-col gap-4">
      <TopologyView
        topology={state.topology}
        layouts={state.layouts}
        {...(probe.analysis ? { analysis: probe.analysis } : {})}
        {...(narrative ? { narrative } : {})}
        {...(props.caption ? { caption: props.caption } : {})}
        selectionActions={selectionActions}
      />
      <PathProbePanel controller={lab.probe} model={state.model} />
      {props.matrix ? (
        <section className="rn-panel flex flex-col gap-2" aria-label="Reachability matrix">
          <h3>Reachability matrix</h3>
          <ReachabilityMatrixView model={state.model} endpoints={props.matrix.endpoints} protocol={props.matrix.protocol} {...(props.matrix.port !== undefined ? { port: props.matrix.port } : {})} onSelect={onMatrixSelect} />
        </section>
      ) : null}
      {all.length > 0 ? (
        <div className="flex flex-col gap-4">
          <h3>Edit the network</h3>
          {all.length > 3 ? (
            <div className="max-w-md">
              <label className="rn-label" htmlFor={`${uid}-resource`}>Resource to edit</label>
              <select id={`${uid}-resource`} className="rn-select" value={picked} onChange={(e) => setPicked(e.target.value)}>
                {all.map((id) => (
                  <option key={id} value={id}>
                    {kindName(id)} {id}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p className="m-0 text-sm text-[var(--rn-muted)]" aria-live="polite">
            {state.announcement || "Changes apply at once: the diagram and the path probe follow."}
          </p>
          {routeTables.map((id) => (
            <RouteTableEditor key={id} lab={lab} routeTableId={id} />
          ))}
          {groups.map((id) => (
            <SecurityGroupEditor key={id} lab={lab} groupId={id} />
          ))}
          {acls.map((id) => (
            <NetworkAclEditor key={id} lab={lab} aclId={id} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
