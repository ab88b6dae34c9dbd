// The registered MDX tags and the props each accepts: the one list the content checks, the component
// registry (components/mdx/registry.tsx) and the writers share. Contract: /work/notes/lesson-vocabulary.md.
// Pure: no fs, no React.
import { z } from "zod";
import { EXPLANATION_CODES, type ExplanationCode } from "@/lib/reachability";

export const CALLOUT_KINDS = ["note", "tip", "warning", "exam"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const id = z.string().trim().min(1, { error: "must be a non-empty id" });
const networkName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must name a file in content/networks/ (kebab-case, no .json)" });
const protocol = z.enum(["tcp", "udp", "icmp"], { error: 'must be "tcp", "udp" or "icmp"' });
const port = z.number({ error: "must be a number, written port={443}" }).int().min(0).max(65535);
const ip = z.string().regex(/^[0-9a-fA-F:.]+$/, { error: "must be an IP address" });
const code = z.enum(EXPLANATION_CODES as unknown as [ExplanationCode, ...ExplanationCode[]], { error: "must be an explanation code of the engine" });

const query = {
  network: networkName,
  source: id,
  destination: id,
  protocol,
  port: port.optional(),
  sourceIp: ip.optional(),
  destinationIp: ip.optional(),
};

function needsPort<T extends { protocol?: "tcp" | "udp" | "icmp"; port?: number }>(schema: z.ZodType<T>) {
  return schema.refine((p) => p.protocol === undefined || p.protocol === "icmp" || p.port !== undefined, {
    error: "port is required for tcp and udp",
    path: ["port"],
  });
}

/** Attribute schemas. `children` is not an attribute and is not listed. */
export const TAG_PROPS = {
  Objectives: z.strictObject({}),
  Callout: z.strictObject({ kind: z.enum(CALLOUT_KINDS, { error: `must be one of ${CALLOUT_KINDS.join(", ")}` }), title: z.string().min(1).optional() }),
  Recap: z.strictObject({}),
  CheckYourself: z.strictObject({}),
  SelfCheck: z.strictObject({ question: z.string().trim().min(5), answer: z.string().trim().min(1) }),
  Term: z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case concept id" }) }),
  TopologyDiagram: z.strictObject({ network: networkName, caption: z.string().min(1).optional() }),
  PathProbe: needsPort(z.strictObject(query)),
  NetworkLab: needsPort(
    z.strictObject({ ...query, editable: z.array(id, { error: 'must be a list, written editable={["rtb-private"]}' }).min(1) }),
  ),
  ReachabilityMatrix: needsPort(
    z.strictObject({ network: networkName, endpoints: z.array(id, { error: 'must be a list, written endpoints={["i-web", "i-db"]}' }).min(2), protocol, port: port.optional() }),
  ),
  Claim: needsPort(
    z
      .strictObject({ ...query, expect: z.enum(["reachable", "blocked"], { error: 'must be "reachable" or "blocked"' }), code: code.optional() })
      .refine((p) => !(p.expect === "reachable" && p.code !== undefined), { error: 'code is only for expect="blocked"', path: ["code"] }),
  ),
} as const;

export type RegisteredTag = keyof typeof TAG_PROPS;
export const REGISTERED_TAGS = Object.keys(TAG_PROPS) as RegisteredTag[];

/** Tags that name a network and therefore load it in the engine. */
export const NETWORK_TAGS = ["TopologyDiagram", "PathProbe", "NetworkLab", "ReachabilityMatrix", "Claim"] as const satisfies readonly RegisteredTag[];
export type NetworkTag = (typeof NETWORK_TAGS)[number];

export type TagProps<T extends RegisteredTag> = z.output<(typeof TAG_PROPS)[T]>;

/** Plain HTML elements a lesson may use inline, without attributes (Markdown has no syntax for them). */
export const ALLOWED_HTML = ["sup", "sub", "kbd", "br"] as const;

export function isRegisteredTag(name: string): name is RegisteredTag {
  return Object.hasOwn(TAG_PROPS, name);
}
