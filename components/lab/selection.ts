/**
 * Which id a selected diagram component offers as the path probe's source or destination ("Use i-web as
 * source"): its instance or gateway/endpoint id, when the engine can start or end a path there.
 */
import type { Model } from "@/lib/reachability";
import type { Topology, TopologyNode } from "@/components/topology/topology-graph";

export function probeIdOf(model: Model, node: TopologyNode): string | undefined {
  return node.componentIds.find((c) => model.instances.has(c) || model.components.has(c));
}

/** Topology node id → probe id, for every node that has one (serializable, for a lab drawn before the engine loads). */
export function probeIds(model: Model, topology: Topology): Record<string, string> {
  const out: Record<string, string> = {};
  const nodes = [...topology.vpcs.flatMap((v) => [...v.topEdge, ...v.bottomEdge, ...v.azs.flatMap((a) => a.subnets.flatMap((s) => s.nodes))]), ...topology.connections, ...(topology.internet ? [topology.internet] : []), ...(topology.onPremises ? [topology.onPremises] : [])];
  for (const n of nodes) {
    const id = probeIdOf(model, n);
    if (id) out[n.id] = id;
  }
  return out;
}
