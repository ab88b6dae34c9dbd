"use client";
/**
 * <NetworkLab snapshot={json} editable={["rtb-private", "sg-db", "acl-db"]} source=… destination=… protocol=… port=… />:
 * the diagram, the path probe and console-like editors for exactly the listed resources; optionally a
 * reachability matrix whose cells load the path probe. Every accepted edit makes a new snapshot, reloads the
 * engine's model in the browser and re-runs the probe; the diagram and the narrative follow.
 */
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import type { Protocol } from "@/lib/reachability";
import { ReachabilityMatrixView } from "@/components/matrix/ReachabilityMatrix";
import { narrate } from "@/components/network/narrative";
import { PathProbePanel } from "@/components/path-probe/PathProbePanel";
import { TopologyView } from "@/components/topology/TopologyView";
import type { TopologyNode } from "@/components/topology/topology-graph";
import "@/components/network/widgets.css";
import { LabEditors } from "./LabEditors";
import { createNetworkLabController, type NetworkLabController } from "./network-lab-controller";
import { probeIdOf } from "./selection";
import { UseAsEndpoint } from "./UseAsEndpoint";

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
  const selectionActions = (node: TopologyNode) => {
    const id = probeIdOf(state.model, node);
    return id ? <UseAsEndpoint id={id} probe={lab.probe} /> : null;
  };

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
      <LabEditors lab={lab} />
    </div>
  );
}
