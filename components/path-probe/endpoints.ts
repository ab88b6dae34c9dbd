/**
 * What a learner may pick as a path's source or destination, from the model: instances, standalone network
 * interfaces, internet and egress-only gateways, VPN connections, peering connections, load balancers, endpoints.
 * Sorted by kind then id; each with a label for a <select>.
 */
import type { Model } from "@/lib/reachability";
import { addressText } from "@/components/network/address-text";

export interface EndpointOption {
  readonly id: string;
  readonly label: string;
  /** Outside AWS (the query needs an outside address, or uses the engine's default). */
  readonly outside: boolean;
  readonly group: "Instances" | "Network interfaces" | "Gateways and connections" | "Load balancers and endpoints";
}

const OUTSIDE_KINDS = new Set(["internet-gateway", "egress-only-internet-gateway", "vpn-connection", "vpn-gateway", "customer-gateway", "virtual-interface"]);
const GATEWAY_KINDS = new Set([...OUTSIDE_KINDS, "vpc-peering-connection", "transit-gateway-attachment", "nat-gateway"]);
const SERVICE_KINDS = new Set(["load-balancer", "interface-endpoint", "gateway-endpoint"]);

export function endpointOptions(model: Model): EndpointOption[] {
  const out: EndpointOption[] = [];
  for (const i of [...model.instances.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const eni = model.enis.get(i.eniIds[0] ?? "");
    const ip = eni?.privateIps[0];
    out.push({ id: i.id, label: `${i.name ? `${i.name} (${i.id})` : i.id}${ip ? ` · ${addressText(ip)}` : ""}`, outside: false, group: "Instances" });
  }
  for (const e of [...model.enis.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (e.instanceId || e.ownerId) continue;
    const ip = e.privateIps[0];
    out.push({ id: e.id, label: `${e.name ? `${e.name} (${e.id})` : e.id}${ip ? ` · ${addressText(ip)}` : ""}`, outside: false, group: "Network interfaces" });
  }
  const seen = new Set<string>();
  for (const c of [...model.components.values()].sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind < b.kind ? -1 : 1))) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const kind = c.kind.replace(/-/g, " ");
    const label = `${c.name && c.name !== c.id ? `${c.name} (${c.id})` : c.id} · ${kind}`;
    if (GATEWAY_KINDS.has(c.kind) && c.kind !== "nat-gateway") out.push({ id: c.id, label, outside: OUTSIDE_KINDS.has(c.kind), group: "Gateways and connections" });
    else if (SERVICE_KINDS.has(c.kind) && c.kind !== "gateway-endpoint") out.push({ id: c.name && c.kind === "load-balancer" ? c.name : c.id, label, outside: false, group: "Load balancers and endpoints" });
  }
  return out;
}
