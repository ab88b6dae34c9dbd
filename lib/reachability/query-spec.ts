/**
 * The executable specification of parseQuery: the zod-based implementation query.ts had, verbatim (renamed
 * parseQuerySpec). The engine's parseQuery checks the fields by hand (no zod at run time);
 * properties/query-parity.property.test.ts checks that both return the same query or the same QueryError.
 * Tests and tools only: never import from the engine.
 */
import { z } from "zod";
import { parseAddress } from "./cidr";
import { QueryError } from "./errors";
import { DEFAULT_SOURCE_PORT, type Query } from "./query";

const port = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(0).max(65535));

const QuerySchema = z.object({
  Source: z.string().min(1),
  Destination: z.string().min(1).optional(),
  SourceIp: z.string().min(1).optional(),
  DestinationIp: z.string().min(1).optional(),
  Protocol: z.string().transform((s) => s.toLowerCase()).pipe(z.enum(["tcp", "udp", "icmp"])),
  DestinationPort: port.optional(),
  SourcePort: port.optional(),
});

const EXPECTED: Record<string, string> = {
  Source: "the id of an instance, network interface, gateway, endpoint, attachment or connection in the snapshot",
  Destination: "an id, a load balancer name or ARN, or an IP address",
  SourceIp: "an IPv4 or IPv6 address",
  DestinationIp: "an IPv4 or IPv6 address",
  Protocol: '"tcp", "udp" or "icmp"',
  DestinationPort: "a port number from 0 to 65535",
  SourcePort: "a port number from 0 to 65535",
};

/** The zod-based parseQuery (specification). */
export function parseQuerySpec(json: unknown): Query {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new QueryError("(query)", "a JSON object with Source, Destination, Protocol and DestinationPort", `found ${Array.isArray(json) ? "a list" : typeof json}`);
  }
  const result = QuerySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = String(issue?.path[0] ?? "(query)");
    const value = (json as Record<string, unknown>)[field];
    throw new QueryError(field, EXPECTED[field] ?? "a valid value", value === undefined ? "it is missing" : `found ${JSON.stringify(value)}`);
  }
  const q = result.data;
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
