/**
 * A mixed, labelled query set for the enterprise snapshot (deterministic): same VPC, cross-VPC through the
 * transit gateway, to and from the internet, and cases that should be blocked (NACL deny, no SG rule, outbound
 * SMTP denied, TGW blackhole route, disconnected private address).
 */
import { ENTERPRISE, eniAddress, eniGroups, ids, isInstanceEni, isPublicVpc } from "./enterprise-snapshot";
import { ipv4, seeded } from "./prng";

export interface LabelledQuery {
  readonly label: string;
  readonly query: Record<string, unknown>;
}

const endpoint = (i: number, k: number): string => (isInstanceEni(k) ? ids.instance(i, k) : ids.eni(i, k));

export function enterpriseQueries(count: number, seed = 443): LabelledQuery[] {
  const rng = seeded(seed);
  const E = ENTERPRISE;
  const publicVpcs = Array.from({ length: E.vpcs }, (_, i) => i).filter(isPublicVpc);
  const anyVpc = () => rng.int(1, E.vpcs - 1);
  const anyEni = () => rng.int(0, E.interfacesPerVpc - 1);
  const webEni = (i: number) => {
    for (;;) {
      const k = anyEni();
      if (eniGroups(i, k).includes("web")) return k;
    }
  };
  const out: LabelledQuery[] = [];
  while (out.length < count) {
    const r = rng.next();
    if (r < 0.3) {
      const i = anyVpc();
      const a = anyEni();
      let b = anyEni();
      if (b === a) b = (a + 1) % E.interfacesPerVpc;
      const port = rng.pick([443, 443, 8080, 5432, 22]);
      out.push({ label: "same-vpc", query: { Source: endpoint(i, a), Destination: endpoint(i, b), Protocol: "tcp", DestinationPort: port } });
    } else if (r < 0.65) {
      const i = anyVpc();
      let j = anyVpc();
      if (j === i) j = (i % (E.vpcs - 1)) + 1;
      out.push({ label: "cross-vpc-tgw", query: { Source: endpoint(i, anyEni()), Destination: endpoint(j, webEni(j)), Protocol: rng.chance(0.9) ? "tcp" : "icmp", DestinationPort: 443 } });
    } else if (r < 0.8) {
      const kind = rng.next();
      if (kind < 0.4) {
        const i = rng.pick(publicVpcs);
        out.push({ label: "internet-out-igw", query: { Source: endpoint(i, anyEni()), Destination: "93.184.216.34", Protocol: "tcp", DestinationPort: 443 } });
      } else if (kind < 0.7) {
        const i = rng.pick(publicVpcs);
        out.push({ label: "internet-in-igw", query: { Source: ids.igw(i), SourceIp: "198.51.100.77", Destination: endpoint(i, webEni(i)), Protocol: "tcp", DestinationPort: 443 } });
      } else {
        out.push({ label: "internet-out-tgw-nat", query: { Source: endpoint(anyVpc(), anyEni()), Destination: "93.184.216.34", Protocol: "tcp", DestinationPort: 443 } });
      }
    } else {
      const kind = rng.next();
      const i = anyVpc();
      const j = anyVpc();
      if (kind < 0.3) out.push({ label: "blocked-nacl-3389", query: { Source: endpoint(i, anyEni()), Destination: endpoint(j, anyEni()), Protocol: "tcp", DestinationPort: 3389 } });
      else if (kind < 0.55) out.push({ label: "blocked-sg-port", query: { Source: endpoint(i, anyEni()), Destination: endpoint(i === j ? j : j, webEni(j)), Protocol: "tcp", DestinationPort: 8443 } });
      else if (kind < 0.7) out.push({ label: "blocked-smtp-out", query: { Source: endpoint(i, anyEni()), Destination: "93.184.216.34", Protocol: "tcp", DestinationPort: 25 } });
      else if (kind < 0.85) out.push({ label: "blocked-tgw-blackhole", query: { Source: endpoint(i, anyEni()), Destination: "10.200.1.10", Protocol: "tcp", DestinationPort: 443 } });
      else out.push({ label: "blocked-udp-no-rule", query: { Source: endpoint(i, anyEni()), Destination: ipv4(eniAddress(j, anyEni())), Protocol: "udp", DestinationPort: 5000 } });
    }
  }
  return out;
}
