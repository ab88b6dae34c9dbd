/**
 * PROTOTYPE (not the engine): the reachability matrix computed once per pair of endpoint classes instead of once
 * per pair of endpoints, for the core engineer to move into lib/reachability/matrix.ts if wanted.
 *
 * Two endpoints are in one class when nothing the engine evaluates can tell them apart: both are an instance
 * (same state) or both a bare interface, with one interface each, in the same subnet, with the same security
 * groups, attachment status, source/destination check, number of public and IPv6 addresses, no owner component
 * (NAT gateway, load balancer, endpoint, ...), not named by any route, and whose private and public addresses
 * fall in exactly the same CIDRs of every VPC, subnet, route, security group rule (prefix lists included) and
 * network ACL entry of the model. The verdict of a representative pair is then the verdict of every pair of the
 * two classes; a blocking component that is the representative's own instance or interface is renamed to the
 * actual endpoint's. bench/engine.bench.ts checks the result byte-identical to reachabilityMatrix and times it.
 */
import { reachabilityMatrix, type MatrixCell, type Model } from "../lib/reachability";
import { cidrContains, type Address, type Cidr } from "../lib/reachability/cidr";
import type { Protocol } from "../lib/reachability/packet";

function classKeys(model: Model, endpoints: readonly string[]): string[] {
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
  const atom = (a: Address | undefined) => (a ? cidrs.map((c) => (c.family === a.family && cidrContains(c, a) ? "1" : "0")).join("") : "-");
  return endpoints.map((id) => {
    const inst = model.instances.get(id);
    const eni = model.enis.get(inst ? (inst.eniIds[0] ?? "") : id);
    if (!eni || named.has(id) || named.has(eni.id) || eni.ownerId || (inst && inst.eniIds.length !== 1)) return `single:${id}`;
    const publics = [...eni.publicIps.values()].map(atom).join(",");
    return [inst ? `instance:${inst.state}` : "interface", eni.subnetId, eni.groupIds.join(","), eni.attachmentStatus, eni.sourceDestCheck, eni.publicIps.size, eni.ipv6.length, atom(eni.privateIps[0]), atom(eni.ipv6[0]), publics].join("|");
  });
}

export function reachabilityMatrixByClass(model: Model, endpoints: readonly string[], protocol: Protocol, port?: number): MatrixCell[] {
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
  const out: MatrixCell[] = [];
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
        const [there, back] = reachabilityMatrix(model, [rs, rd], protocol, port) as [MatrixCell, MatrixCell];
        rep = there;
        memo.set(memoKey, there);
        // The same call analysed the reverse pair, a representative pair of (kd, ks).
        if (!memo.has(`${kd}\u0000${ks}`)) memo.set(`${kd}\u0000${ks}`, back);
      }
      const rename = (id: string): string => {
        if (id === rep?.Source) return s;
        if (id === rep?.Destination) return d;
        if (rep && id === primary(rep.Source)) return primary(s) ?? id;
        if (rep && id === primary(rep.Destination)) return primary(d) ?? id;
        return id;
      };
      out.push({ ...rep, Source: s, Destination: d, ...(rep.BlockedAt ? { BlockedAt: rename(rep.BlockedAt) } : {}) });
    });
  });
  return out;
}
