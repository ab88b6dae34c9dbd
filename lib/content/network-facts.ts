// What lessons need to know about a network snapshot: which ids it holds, which route tables, security groups
// and NACLs a lab may edit, and the engine's verdict for a query written as MDX props. Pure (no fs).
import { analyze, parseQuery, QueryError, type Analysis, type ExplanationCode, type Model } from "@/lib/reachability";

/** Keys whose string values are ids (or names) a query or an endpoint list may use. */
const ID_KEY = /(?:Id|Name|Arn)$/;

/** Every id-like value in the snapshot: `VpcId`, `InstanceId`, `GroupId`, `LoadBalancerName`, ... */
export function snapshotIds(json: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, key: string | null) => {
    if (typeof value === "string") {
      if (key && ID_KEY.test(key) && key !== "GroupName") ids.add(value);
      return;
    }
    if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(json, null);
  return ids;
}

function listedIds(json: unknown, section: string, key: string): string[] {
  const items = (json as Record<string, unknown> | null)?.[section];
  if (!Array.isArray(items)) return [];
  return items.map((item) => (item as Record<string, unknown>)?.[key]).filter((v): v is string => typeof v === "string");
}

/** The ids a NetworkLab may list in `editable`: route tables, security groups and network ACLs of the snapshot. */
export function editableIds(json: unknown): Set<string> {
  return new Set([...listedIds(json, "RouteTables", "RouteTableId"), ...listedIds(json, "SecurityGroups", "GroupId"), ...listedIds(json, "NetworkAcls", "NetworkAclId")]);
}

export interface QueryProps {
  source: string;
  destination: string;
  protocol: "tcp" | "udp" | "icmp";
  port?: number | undefined;
  sourceIp?: string | undefined;
  destinationIp?: string | undefined;
}

export type QueryRun = { ok: true; analysis: Analysis } | { ok: false; error: string };

/** Runs the engine on a query given as lesson props. Never throws. */
export function runQuery(model: Model, props: QueryProps): QueryRun {
  try {
    const query = parseQuery({
      Source: props.source,
      Destination: props.destination,
      Protocol: props.protocol,
      ...(props.port !== undefined ? { DestinationPort: props.port } : {}),
      ...(props.sourceIp !== undefined ? { SourceIp: props.sourceIp } : {}),
      ...(props.destinationIp !== undefined ? { DestinationIp: props.destinationIp } : {}),
    });
    return { ok: true, analysis: analyze(model, query) };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error: error.message };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface Verdict {
  expect: "reachable" | "blocked";
  /** The first explanation's code, when blocked. */
  code?: ExplanationCode;
  /** The engine's sentence for learners, when blocked. */
  explanation?: string;
}

export function verdictOf(analysis: Analysis): Verdict {
  if (analysis.NetworkPathFound) return { expect: "reachable" };
  const first = analysis.Explanations[0];
  return { expect: "blocked", ...(first ? { code: first.ExplanationCode, explanation: first.Explanation } : {}) };
}

/** True when the analysis refused an end of the query because the snapshot does not hold it. */
export function missingEnd(analysis: Analysis): string | null {
  const missing = analysis.Explanations.find((e) => e.ExplanationCode === "NO_SOURCE_OR_DESTINATION");
  return missing ? missing.Explanation : null;
}
