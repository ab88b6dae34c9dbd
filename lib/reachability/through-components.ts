/**
 * Paths through intermediate components (semantics 0.3, 15: RA finds a path from a source to a destination
 * through load balancers and other intermediate components, and shows it when one exists). The forward leg to a
 * destination interface is traced directly first; when that fails, and the query does not fix the destination
 * address, each family may offer other entries to that interface (`ComponentFamily.entriesTo`: a load balancer
 * whose registered target it is, on the query's port, addressed at the node and listener port). The first entry
 * whose leg is delivered is the answer; when none is, the direct path's failure stands.
 */
import type { Hop } from "./analysis";
import type { FlowState, SourceEndpoint, Step, Target } from "./family";
import type { Model } from "./model";
import { headerOf, type Packet } from "./packet";
import type { Query } from "./query";
import { traceLeg, type LegResult } from "./trace";

/** The core's traceLeg; `record` (false for the matrix: no names or headers) is passed through. */
const leg = traceLeg as (model: Model, leg: "forward", flow: FlowState, target: Target, start: Step, lead: Hop[], record?: boolean) => LegResult;

function copyFlow(from: FlowState, to: FlowState): void {
  to.sgAdmitted.clear();
  for (const id of from.sgAdmitted) to.sgAdmitted.add(id);
  to.memory.clear();
  for (const [k, v] of from.memory) to.memory.set(k, v);
  to.details.clear();
  for (const d of from.details) to.details.add(d);
}

/** Traces the forward leg, directly and then through the entries families offer (see the module comment). */
export function traceForward(model: Model, query: Query, source: SourceEndpoint, flow: FlowState, target: Target, start: Step, lead: Hop[], record = true): LegResult {
  const direct = leg(model, "forward", flow, target, start, lead.slice(), record);
  if (direct.delivered || target.kind !== "interface" || query.DestinationIp) return direct;
  for (const family of model.families.values()) {
    for (const entry of family.entriesTo?.({ model, query, source }, target.eniId) ?? []) {
      const packet: Packet = { ...start.packet, dst: entry.address, dstPort: entry.port };
      const altStart = { ...start, packet } as Step;
      const altLead = lead.map((h) => (h.OutboundHeader && record ? { ...h, OutboundHeader: headerOf(packet) } : { ...h }));
      const altFlow: FlowState = { sgAdmitted: new Set(), memory: new Map(), details: new Set() };
      const result = leg(model, "forward", altFlow, target, altStart, altLead, record);
      if (result.delivered) {
        copyFlow(altFlow, flow);
        return result;
      }
    }
  }
  return direct;
}
