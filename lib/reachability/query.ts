/**
 * The query, like RA's CreateNetworkInsightsPath: Source, Destination, SourceIp, DestinationIp, Protocol,
 * DestinationPort, SourcePort. Checked by hand (the engine imports no zod at run time; `query-spec.ts` keeps the
 * zod-based version as the specification, compared by properties/query-parity.property.test.ts); a bad query is
 * refused with a QueryError naming the first faulty field (in the order above).
 */
import { parseAddress } from "./cidr";
import { QueryError } from "./errors";
import type { Protocol } from "./packet";

/** The client's ephemeral port when the query gives none: inside every common ephemeral range (6.6). */
export const DEFAULT_SOURCE_PORT = 50000;

export interface Query {
  readonly Source: string;
  /** An id, a load balancer name or ARN, or a bare IP address. */
  readonly Destination: string;
  readonly SourceIp?: string;
  readonly DestinationIp?: string;
  readonly Protocol: Protocol;
  /** Required for tcp and udp. */
  readonly DestinationPort?: number;
  /** Default DEFAULT_SOURCE_PORT for tcp and udp. */
  readonly SourcePort?: number;
}

/** A port: a number, or a string of ASCII digits (as zod's `union([number, digits→Number]).pipe(int 0..65535)`). */
function portOf(value: unknown): number | undefined {
  const n = typeof value === "number" ? (Number.isFinite(value) ? value : undefined) : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined;
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 && n <= 65535 ? n : undefined;
}

const PROTOCOLS: ReadonlyMap<string, Protocol> = new Map<string, Protocol>([["tcp", "tcp"], ["udp", "udp"], ["icmp", "icmp"]]);

/** A non-empty string, or undefined for an absent optional field; `false` when the value is refused. */
function text(value: unknown, optional: boolean): string | undefined | false {
  if (value === undefined) return optional ? undefined : false;
  return typeof value === "string" && value.length > 0 ? value : false;
}

const EXPECTED: Record<string, string> = {
  Source: "the id of an instance, network interface, gateway, endpoint, attachment or connection in the snapshot",
  Destination: "an id, a load balancer name or ARN, or an IP address",
  SourceIp: "an IPv4 or IPv6 address",
  DestinationIp: "an IPv4 or IPv6 address",
  Protocol: '"tcp", "udp" or "icmp"',
  DestinationPort: "a port number from 0 to 65535",
  SourcePort: "a port number from 0 to 65535",
};

/** Validates a query (JSON object); fills SourcePort's default for tcp/udp. Throws QueryError only. */
export function parseQuery(json: unknown): Query {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new QueryError("(query)", "a JSON object with Source, Destination, Protocol and DestinationPort", `found ${Array.isArray(json) ? "a list" : typeof json}`);
  }
  const j = json as Record<string, unknown>;
  const refuse = (field: string): never => {
    const value = j[field];
    throw new QueryError(field, EXPECTED[field] ?? "a valid value", value === undefined ? "it is missing" : `found ${JSON.stringify(value)}`);
  };
  const Source = text(j.Source, false);
  if (Source === false || Source === undefined) return refuse("Source");
  const Destination = text(j.Destination, true);
  if (Destination === false) return refuse("Destination");
  const SourceIp = text(j.SourceIp, true);
  if (SourceIp === false) return refuse("SourceIp");
  const DestinationIp = text(j.DestinationIp, true);
  if (DestinationIp === false) return refuse("DestinationIp");
  const Protocol = typeof j.Protocol === "string" ? PROTOCOLS.get(j.Protocol.toLowerCase()) : undefined;
  if (Protocol === undefined) return refuse("Protocol");
  const DestinationPort = j.DestinationPort === undefined ? undefined : portOf(j.DestinationPort);
  if (j.DestinationPort !== undefined && DestinationPort === undefined) return refuse("DestinationPort");
  const SourcePort = j.SourcePort === undefined ? undefined : portOf(j.SourcePort);
  if (j.SourcePort !== undefined && SourcePort === undefined) return refuse("SourcePort");
  const q = { Source, Destination, SourceIp, DestinationIp, Protocol, DestinationPort, SourcePort };
  for (const field of ["SourceIp", "DestinationIp"] as const) {
    const v = q[field];
    if (v !== undefined && !parseAddress(v)) throw new QueryError(field, EXPECTED[field] as string, `found ${JSON.stringify(v)}`);
  }
  const destination = q.Destination ?? q.DestinationIp;
  if (!destination) throw new QueryError("Destination", EXPECTED.Destination as string, "it is missing (give Destination or DestinationIp)");
  if (q.Protocol !== "icmp" && q.DestinationPort === undefined) {
    throw new QueryError("DestinationPort", EXPECTED.DestinationPort as string, `it is missing; ${q.Protocol} needs a destination port`);
  }
  const out: Query = {
    Source: q.Source,
    Destination: destination,
    ...(q.SourceIp !== undefined ? { SourceIp: q.SourceIp } : {}),
    ...(q.DestinationIp !== undefined ? { DestinationIp: q.DestinationIp } : {}),
    Protocol: q.Protocol,
    ...(q.Protocol !== "icmp" ? { DestinationPort: q.DestinationPort, SourcePort: q.SourcePort ?? DEFAULT_SOURCE_PORT } : {}),
  };
  return out;
}
