/**
 * The reachability matrix for widgets: every ordered pair of endpoints, one verdict each.
 *
 * Endpoints that nothing the engine evaluates can tell apart are analysed once per pair of classes (the method of
 * first prototyped in the benchmark): both instances in the same state (or both bare interfaces),
 * one interface each, in the same subnet, with the same security groups, attachment status, source/destination
 * check and address counts, owned by no component, named by no route, and whose private and public addresses fall
 * in exactly the same CIDRs of every VPC, subnet, route, security group rule and NACL entry. A blocking component
 * that is the representative's own instance or interface is renamed to the actual endpoint's. Models too large
 * for the class keys to pay off are analysed pair by pair.
 */
import { analyzeVerdict } from "./analyze";
import { cidrContains, type Address, type Cidr } from "./cidr";
import type { ExplanationCode } from "./explanation-codes";
import type { Model } from "./model";
import type { Protocol } from "./packet";
import { DEFAULT_SOURCE_PORT } from "./query";

export interface MatrixCell {
  readonly Source: string;
  readonly Destination: string;
  readonly NetworkPathFound: boolean;
  /** The blocking code, when not found. */
  readonly ExplanationCode?: ExplanationCode;
  /** The component that blocks, when not found. */
  readonly BlockedAt?: string;
  /** "forward" or "return": the leg that blocks. */
  readonly Leg?: "forward" | "return";
}

/** Above this many CIDR checks for the class keys, pairs are analysed one by one. */
const CLASS_KEY_BUDGET = 200_000;

/** One pair, analysed (verdict only). */
function cellOf(model: Model, source: string, destination: string, protocol: Protocol, port: number | undefined): MatrixCell {
  const analysis = analyzeVerdict(model, {
    Source: source,
    Destination: destination,
    Protocol: protocol,
    ...(protocol !== "icmp" ? { DestinationPort: port ?? 0, SourcePort: DEFAULT_SOURCE_PORT } : {}),
  });
  const explanation = analysis.Explanations[0];
  if (analysis.NetworkPathFound || !explanation) return { Source: source, Destination: destination, NetworkPathFound: analysis.NetworkPathFound };
  return {
    Source: source,
    Destination: destination,
    NetworkPathFound: false,
    ExplanationCode: explanation.ExplanationCode,
    ...(explanation.Component ? { BlockedAt: explanation.Component.Id } : {}),
    Leg: analysis.ReturnPathComponents.length > 0 ? "return" : "forward",
  };
}

/** Every CIDR the model evaluates addresses against. */
function modelCidrs(model: Model): { cidrs: Cidr[]; named: Set<string> } {
  const cidrs: Cidr[] = [];
  const named = new Set<string>();
  for (const v of model.vpcs.values()) cidrs.push(...v.cidrs4, ...v.cidrs6);
  for (const s of model.subnets.values()) cidrs.push(...(s.cidr4 ? [s.cidr4] : []), ...s.cidrs6);
  for (const t of model.routeTables.values()) {
    for (const r of t.routes) {
      cidrs.push(r.destination);
      if (r.target.field === "NetworkInterfaceId" || r.target.field === "InstanceId") named.add(r.target.id);
    }
  }
  for (const g of model.securityGroups.values()) for (const r of [...g.ingress, ...g.egress]) cidrs.push(...(r.cidr ? [r.cidr] : []), ...(r.prefixCidrs ?? []));
  for (const a of model.networkAcls.values()) for (const side of [a.ingress, a.egress]) for (const e of [...side[4], ...side[6]]) cidrs.push(e.cidr);
  return { cidrs, named };
}

/** The class key of each endpoint; a unique key when the endpoint must be analysed on its own. */
function classKeys(model: Model, endpoints: readonly string[]): string[] {
  const { cidrs, named } = modelCidrs(model);
  const atom = (a: Address | undefined) => (a ? cidrs.map((c) => (c.family === a.family && cidrContains(c, a) ? "1" : "0")).join("") : "-");
  return endpoints.map((id) => {
    const inst = model.instances.get(id);
    const eni = model.enis.get(inst ? (inst.eniIds[0] ?? "") : id);
    if (!eni || named.has(id) || named.has(eni.id) || eni.ownerId || (inst && inst.eniIds.length !== 1)) return `single:${id}`;
    const publics = [...eni.publicIps.values()].map(atom).join(",");
    return [inst ? `instance:${inst.state}` : "interface", eni.subnetId, eni.groupIds.join(","), eni.attachmentStatus, eni.sourceDestCheck, eni.publicIps.size, eni.ipv6.length, atom(eni.privateIps[0]), atom(eni.ipv6[0]), publics].join("|");
  });
}

function modelCidrCount(model: Model): number {
  let n = 0;
  for (const t of model.routeTables.values()) n += t.routes.length;
  for (const g of model.securityGroups.values()) n += g.ingress.length + g.egress.length;
  for (const a of model.networkAcls.values()) n += a.ingress[4].length + a.ingress[6].length + a.egress[4].length + a.egress[6].length;
  return n + model.vpcs.size + model.subnets.size;
}

/** Every ordered pair (source != destination) of `endpoints`, in input order (row-major). */
export function reachabilityMatrix(model: Model, endpoints: readonly string[], protocol: Protocol, port?: number): MatrixCell[] {
  const out: MatrixCell[] = [];
  if (modelCidrCount(model) * endpoints.length > CLASS_KEY_BUDGET) {
    for (const source of endpoints) for (const destination of endpoints) if (source !== destination) out.push(cellOf(model, source, destination, protocol, port));
    return out;
  }
  const keys = classKeys(model, endpoints);
  const members = new Map<string, string[]>();
  endpoints.forEach((e, k) => {
    const key = keys[k] as string;
    const list = members.get(key);
    if (list) list.push(e);
    else members.set(key, [e]);
  });
  const memo = new Map<string, MatrixCell>();
  const primary = (id: string) => model.instances.get(id)?.eniIds[0];
  endpoints.forEach((s, i) => {
    endpoints.forEach((d, j) => {
      if (s === d) return;
      const ks = keys[i] as string;
      const kd = keys[j] as string;
      const memoKey = `${ks}\u0000${kd}`;
      let rep = memo.get(memoKey);
      if (!rep) {
        const rs = (members.get(ks) as string[])[0] as string;
        const rd = (members.get(kd) as string[])[ks === kd ? 1 : 0] as string;
        rep = cellOf(model, rs, rd, protocol, port);
        memo.set(memoKey, rep);
      }
      const r = rep;
      const rename = (id: string): string => {
        if (id === r.Source) return s;
        if (id === r.Destination) return d;
        if (id === primary(r.Source)) return primary(s) ?? id;
        if (id === primary(r.Destination)) return primary(d) ?? id;
        return id;
      };
      out.push({ ...r, Source: s, Destination: d, ...(r.BlockedAt ? { BlockedAt: rename(r.BlockedAt) } : {}) });
    });
  });
  return out;
}
