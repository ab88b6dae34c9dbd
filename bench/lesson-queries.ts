/** Mixed queries over the lesson snapshot's endpoints (deterministic): pairs on assorted ports, and the internet. */
import { seeded } from "./prng";

export function lessonQueries(endpoints: readonly string[], count: number, seed = 80): { label: string; query: Record<string, unknown> }[] {
  const rng = seeded(seed);
  const out: { label: string; query: Record<string, unknown> }[] = [];
  while (out.length < count) {
    const source = rng.pick(endpoints);
    if (rng.chance(0.15)) {
      out.push({ label: "internet", query: { Source: source, Destination: "93.184.216.34", Protocol: "tcp", DestinationPort: 443 } });
      continue;
    }
    if (rng.chance(0.1)) {
      out.push({ label: "from-internet", query: { Source: "igw-shop", SourceIp: "198.51.100.7", Destination: rng.pick(endpoints), Protocol: "tcp", DestinationPort: rng.pick([443, 22]) } });
      continue;
    }
    let destination = rng.pick(endpoints);
    if (destination === source) destination = endpoints[(endpoints.indexOf(source) + 1) % endpoints.length] as string;
    out.push({ label: "pair", query: { Source: source, Destination: destination, Protocol: "tcp", DestinationPort: rng.pick([443, 8080, 5432, 22, 3389]) } });
  }
  return out;
}
