/**
 * What a learner types in an editor, validated with zod before any edit is made: CIDRs, rule numbers (1-32766,
 * unique per direction), ports (0-65535, from <= to), route targets (known ids only), security group and prefix
 * list references (known ids only). Anything this lets through is checked again by the engine (loadSnapshot),
 * whose SnapshotError message is shown the same way.
 */
import { z } from "zod";
import type { RuleProtocol } from "./console-types";

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4Cidr(text: string): boolean {
  const [addr, len, extra] = text.split("/");
  return extra === undefined && !!addr && V4.test(addr) && !!len && /^\d{1,2}$/.test(len) && Number(len) <= 32;
}

export function isIpv6Cidr(text: string): boolean {
  const [addr, len, extra] = text.split("/");
  if (extra !== undefined || !addr || !len || !/^\d{1,3}$/.test(len) || Number(len) > 128) return false;
  if (!/^[0-9a-fA-F:]+$/.test(addr) || addr.includes(":::") || (addr.match(/::/g) ?? []).length > 1) return false;
  const groups = addr.split(":").filter((g) => g !== "");
  if (groups.some((g) => g.length > 4)) return false;
  return addr.includes("::") ? groups.length < 8 : groups.length === 8;
}

export const cidrSchema = z
  .string()
  .trim()
  .refine((t) => isIpv4Cidr(t) || isIpv6Cidr(t), { message: "Enter a CIDR block such as 10.0.0.0/16 or 0.0.0.0/0." });

const portSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { message: "A port is a whole number from 0 to 65535." })
  .transform(Number)
  .pipe(z.number().int().min(0, { message: "A port is from 0 to 65535." }).max(65535, { message: "A port is from 0 to 65535." }));

/** "443", "1024-65535" or "1024 - 65535" → [from, to], checked. */
export const portRangeSchema = z
  .string()
  .trim()
  .min(1, { message: "Enter a port or a range such as 1024-65535." })
  .transform((t, ctx) => {
    const parts = t.split("-").map((p) => p.trim());
    if (parts.length > 2) {
      ctx.addIssue({ code: "custom", message: "Enter a port or a range such as 1024-65535." });
      return z.NEVER;
    }
    const nums: number[] = [];
    for (const p of parts) {
      const r = portSchema.safeParse(p);
      if (!r.success) {
        ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "Invalid port." });
        return z.NEVER;
      }
      nums.push(r.data);
    }
    const from = nums[0] as number;
    const to = nums[1] ?? from;
    if (from > to) {
      ctx.addIssue({ code: "custom", message: `The range starts after it ends (${from} > ${to}).` });
      return z.NEVER;
    }
    return [from, to] as const;
  });

const protocolSchema = z.enum(["tcp", "udp", "icmp", "all"]);

/** Reads the port range unless the protocol has none (all, icmp). */
function portsFor(protocol: RuleProtocol, text: string, ctx: z.RefinementCtx): readonly [number, number] | undefined {
  if (protocol === "all" || protocol === "icmp") return undefined;
  const r = portRangeSchema.safeParse(text);
  if (!r.success) {
    ctx.addIssue({ code: "custom", path: ["ports"], message: r.error.issues[0]?.message ?? "Invalid port range." });
    return undefined;
  }
  return r.data;
}

export interface RouteDraft {
  destination: string;
  target: string;
}

export function routeDraftSchema(ctx: { targets: ReadonlySet<string>; prefixLists: ReadonlySet<string>; existingDestinations: ReadonlySet<string> }) {
  return z.object({
    destination: z
      .string()
      .trim()
      .refine((t) => isIpv4Cidr(t) || isIpv6Cidr(t) || ctx.prefixLists.has(t), { message: "Enter a destination CIDR such as 0.0.0.0/0, or a prefix list id in this network." })
      .refine((t) => !ctx.existingDestinations.has(t), { message: "This route table already has a route to that destination." }),
    target: z
      .string()
      .trim()
      .min(1, { message: "Choose a target." })
      .refine((t) => ctx.targets.has(t), { message: "Unknown target: choose a gateway, NAT gateway, peering connection, transit gateway, instance or network interface of this network." }),
  });
}

export interface SgRuleDraft {
  direction: "inbound" | "outbound";
  protocol: RuleProtocol;
  ports: string;
  peer: string;
}

export function sgRuleDraftSchema(ctx: { groups: ReadonlySet<string>; prefixLists: ReadonlySet<string> }) {
  return z
    .object({
      direction: z.enum(["inbound", "outbound"]),
      protocol: protocolSchema,
      ports: z.string(),
      peer: z
        .string()
        .trim()
        .min(1, { message: "Enter a CIDR block, a security group id or a prefix list id." })
        .refine((t) => isIpv4Cidr(t) || isIpv6Cidr(t) || ctx.groups.has(t) || ctx.prefixLists.has(t), {
          message: "Enter a CIDR block (10.0.0.0/16), or the id of a security group or prefix list in this network.",
        }),
    })
    .transform((d, c) => ({ ...d, range: portsFor(d.protocol, d.ports, c) }));
}

export interface AclEntryDraft {
  direction: "inbound" | "outbound";
  ruleNumber: string;
  protocol: RuleProtocol;
  ports: string;
  cidr: string;
  action: "allow" | "deny";
}

export function aclEntryDraftSchema(ctx: { usedNumbers: { inbound: ReadonlySet<number>; outbound: ReadonlySet<number> } }) {
  return z
    .object({
      direction: z.enum(["inbound", "outbound"]),
      ruleNumber: z
        .string()
        .trim()
        .regex(/^\d+$/, { message: "A rule number is a whole number from 1 to 32766." })
        .transform(Number)
        .pipe(z.number().int().min(1, { message: "A rule number is from 1 to 32766." }).max(32766, { message: "A rule number is from 1 to 32766." })),
      protocol: protocolSchema,
      ports: z.string(),
      cidr: cidrSchema,
      action: z.enum(["allow", "deny"]),
    })
    .superRefine((d, c) => {
      if (ctx.usedNumbers[d.direction].has(d.ruleNumber)) c.addIssue({ code: "custom", path: ["ruleNumber"], message: `Rule ${d.ruleNumber} already exists in the ${d.direction} rules.` });
    })
    .transform((d, c) => ({ ...d, range: portsFor(d.protocol, d.ports, c) }));
}

/** The first problem, as "Field: message" (for an inline alert). */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: String(issue?.path[0] ?? ""), message: issue?.message ?? "Invalid value." };
}
