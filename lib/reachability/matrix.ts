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

/** The blocking component of the representative pair `r`, named for the pair (s, d): its own instance or interface becomes theirs. */
function renamed(r: MatrixCell, id: string, s: string, d: string, primary: (id: string) => string | undefined): string {
  if (id === r.Source) return s;
  if (id === r.Destination) return d;
  if (id === primary(r.Source)) return primary(s) ?? id;
  if (id === primary(r.Destination)) return primary(d) ?? id;
  return id;
}

/** Every ordered pair (source != destination) of `endpoints`, in input order (row-major). */
export function reachabilityMatrix(model: Model, endpoints: readonly string[], protocol: Protocol, port?: number): MatrixCell[] {
  const out: MatrixCell[] = [];
  if (modelCidrCount(model) * endpoints.length > CLASS_KEY_BUDGET) {
    for (const source of endpoints) for (const destination of endpoints) if (source !== destination) out.push(cellOf(model, source, destination, protocol, port));
    return out;
  }
  const keys = classKeys(model, endpoints);
  // Classes as small numbers: the keys are long (one bit per CIDR of the model), so no key string is built per pair.
  const classOf = new Map<string, number>();
  const members: string[][] = [];
  const classes = keys.map((key, k) => {
    let c = classOf.get(key);
    if (c === undefined) {
      c = members.length;
      classOf.set(key, c);
      members.push([]);
    }
    (members[c] as string[]).push(endpoints[k] as string);
    return c;
  });
  const n = members.length;
  const memo: (MatrixCell | undefined)[] = new Array<MatrixCell | undefined>(n * n);
  const primary = (id: string) => model.instances.get(id)?.eniIds[0];
  for (let i = 0; i < endpoints.length; i++) {
    const s = endpoints[i] as string;
    const cs = classes[i] as number;
    for (let j = 0; j < endpoints.length; j++) {
      const d = endpoints[j] as string;
      if (s === d) continue;
      const cd = classes[j] as number;
      let r = memo[cs * n + cd];
      if (!r) {
        const rs = (members[cs] as string[])[0] as string;
        const rd = (members[cd] as string[])[cs === cd ? 1 : 0] as string;
        r = cellOf(model, rs, rd, protocol, port);
        memo[cs * n + cd] = r;
      }
      out.push({ ...r, Source: s, Destination: d, ...(r.BlockedAt ? { BlockedAt: renamed(r, r.BlockedAt, s, d, primary) } : {}) });
    }
  }
  return out;
}
