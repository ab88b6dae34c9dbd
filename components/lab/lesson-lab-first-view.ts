/**
 * What a lesson lab shows before the engine has loaded in the browser, computed on the server with the same
 * code the live lab runs: the topology and both layouts, the first query's analysis and narrative, the probe's
 * words for it, and which component offers which id to the probe. Serializable (React server → client props).
 */
import type { Analysis, Model } from "@/lib/reachability";
import { narrate, type NarrativeLine } from "@/components/network/narrative";
import { createPathProbeController, type ProbeInitial, type ProbeState } from "@/components/path-probe/path-probe-controller";
import { probeTextData, type ProbeTextData } from "@/components/path-probe/probe-text";
import { layoutTopology, type Layout } from "@/components/topology/layout";
import { buildTopology, type Topology } from "@/components/topology/topology-graph";
import type { EditableKind } from "./network-lab-controller";
import { probeIds } from "./selection";

export interface LabFirstView {
  readonly topology: Topology;
  readonly layouts: { readonly wide: Layout; readonly compact: Layout };
  /** The probe as the live lab starts it (fields, first analysis or refusal). */
  readonly probe: ProbeState;
  readonly narrative: readonly NarrativeLine[] | undefined;
  readonly text: ProbeTextData;
  /** Topology node id → the id "Use as source/destination" loads. */
  readonly probeIds: Readonly<Record<string, string>>;
  /** The editable resources, in the editors' order, for the placeholder shown while the editors load. */
  readonly editable: readonly { readonly id: string; readonly kind: EditableKind }[];
}

export function labFirstView(model: Model, options: { editable?: readonly string[]; probe?: ProbeInitial }): LabFirstView {
  const topology = buildTopology(model);
  const probe = createPathProbeController(() => model, options.probe ?? {});
  if (options.probe?.source && (options.probe.destination || options.probe.destinationIp)) probe.run();
  const state = probe.store.getState();
  const analysis: Analysis | undefined = state.analysis;
  const kindOf = (id: string): EditableKind | undefined =>
    model.routeTables.has(id) ? "route-table" : model.securityGroups.has(id) ? "security-group" : model.networkAcls.has(id) ? "network-acl" : undefined;
  const order: EditableKind[] = ["route-table", "security-group", "network-acl"];
  const editable = (options.editable ?? [])
    .flatMap((id) => {
      const kind = kindOf(id);
      return kind ? [{ id, kind }] : [];
    })
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return {
    topology,
    layouts: { wide: layoutTopology(topology, "wide"), compact: layoutTopology(topology, "compact") },
    probe: state,
    narrative: analysis ? narrate(model, analysis) : undefined,
    text: probeTextData(model, analysis),
    probeIds: probeIds(model, topology),
    editable,
  };
}
