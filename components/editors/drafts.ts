/**
 * What a learner types in an editor, checked before any edit is made: CIDRs, rule numbers (1-32766, unique per
 * direction), ports (0-65535, from <= to), route targets (known ids only), security group and prefix list
 * references (known ids only). Plain checks, no schema library, so the lab's browser code stays small; anything
 * they let through is checked again by the engine (loadSnapshot), whose SnapshotError message is shown the same way.
 * Each check returns the cleaned draft, or the first problem as { field, message } (fields in form order).
 */
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

export interface DraftIssue {
  readonly field: string;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issue: DraftIssue };

const ok = <T>(data: T): Checked<T> => ({ ok: true, data });
const fail = (field: string, message: string): Checked<never> => ({ ok: false, issue: { field, message } });

const PORT_RANGE_HINT = "Enter a port or a range such as 1024-65535.";

function parsePort(text: string): number | string {
  if (!/^\d+$/.test(text)) return "A port is a whole number from 0 to 65535.";
  const n = Number(text);
  return n <= 65535 ? n : "A port is from 0 to 65535.";
}

/** "443", "1024-65535" or "1024 - 65535" → [from, to], checked; the problem is reported on `field`. */
export function checkPortRange(text: string, field = "ports"): Checked<readonly [number, number]> {
  const t = text.trim();
  if (t === "") return fail(field, PORT_RANGE_HINT);
  const parts = t.split("-").map((p) => p.trim());
  if (parts.length > 2) return fail(field, PORT_RANGE_HINT);
  const nums: number[] = [];
  for (const p of parts) {
    const n = parsePort(p);
    if (typeof n === "string") return fail(field, n);
    nums.push(n);
  }
  const from = nums[0] as number;
  const to = nums[1] ?? from;
  if (from > to) return fail(field, `The range starts after it ends (${from} > ${to}).`);
  return ok([from, to] as const);
}

const PROTOCOLS: readonly RuleProtocol[] = ["tcp", "udp", "icmp", "all"];
const DIRECTIONS = ["inbound", "outbound"] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}

/** Text fields arrive as strings from the forms; anything else is treated as empty. */
const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** Reads the port range unless the protocol has none (all, icmp). */
function portsFor(protocol: RuleProtocol, ports: unknown): Checked<readonly [number, number] | undefined> {
  if (protocol === "all" || protocol === "icmp") return ok(undefined);
  return checkPortRange(typeof ports === "string" ? ports : "");
}

export interface RouteDraft {
  destination: string;
  target: string;
}

export interface RouteContext {
  readonly targets: ReadonlySet<string>;
  readonly prefixLists: ReadonlySet<string>;
  readonly existingDestinations: ReadonlySet<string>;
}

export function checkRouteDraft(ctx: RouteContext, draft: RouteDraft): Checked<RouteDraft> {
  const destination = text(draft.destination);
  if (!(isIpv4Cidr(destination) || isIpv6Cidr(destination) || ctx.prefixLists.has(destination))) {
    return fail("destination", "Enter a destination CIDR such as 0.0.0.0/0, or a prefix list id in this network.");
  }
  if (ctx.existingDestinations.has(destination)) return fail("destination", "This route table already has a route to that destination.");
  const target = text(draft.target);
  if (target === "") return fail("target", "Choose a target.");
  if (!ctx.targets.has(target)) {
    return fail("target", "Unknown target: choose a gateway, NAT gateway, peering connection, transit gateway, instance or network interface of this network.");
  }
  return ok({ destination, target });
}

export interface SgRuleDraft {
  direction: "inbound" | "outbound";
  protocol: RuleProtocol;
  ports: string;
  peer: string;
}

export interface CheckedSgRule {
  readonly direction: "inbound" | "outbound";
  readonly protocol: RuleProtocol;
  readonly peer: string;
  readonly range: readonly [number, number] | undefined;
}

export function checkSgRuleDraft(ctx: { groups: ReadonlySet<string>; prefixLists: ReadonlySet<string> }, draft: SgRuleDraft): Checked<CheckedSgRule> {
  if (!oneOf(draft.direction, DIRECTIONS)) return fail("direction", "Choose inbound or outbound.");
  if (!oneOf(draft.protocol, PROTOCOLS)) return fail("protocol", "Choose a type.");
  const peer = text(draft.peer);
  if (peer === "") return fail("peer", "Enter a CIDR block, a security group id or a prefix list id.");
  if (!(isIpv4Cidr(peer) || isIpv6Cidr(peer) || ctx.groups.has(peer) || ctx.prefixLists.has(peer))) {
    return fail("peer", "Enter a CIDR block (10.0.0.0/16), or the id of a security group or prefix list in this network.");
  }
  const range = portsFor(draft.protocol, draft.ports);
  if (!range.ok) return range;
  return ok({ direction: draft.direction, protocol: draft.protocol, peer, range: range.data });
}

export interface AclEntryDraft {
  direction: "inbound" | "outbound";
  ruleNumber: string;
  protocol: RuleProtocol;
  ports: string;
  cidr: string;
  action: "allow" | "deny";
}

export interface CheckedAclEntry {
  readonly direction: "inbound" | "outbound";
  readonly ruleNumber: number;
  readonly protocol: RuleProtocol;
  readonly cidr: string;
  readonly action: "allow" | "deny";
  readonly range: readonly [number, number] | undefined;
}

export function checkAclEntryDraft(ctx: { usedNumbers: { inbound: ReadonlySet<number>; outbound: ReadonlySet<number> } }, draft: AclEntryDraft): Checked<CheckedAclEntry> {
  if (!oneOf(draft.direction, DIRECTIONS)) return fail("direction", "Choose inbound or outbound.");
  const numberText = text(draft.ruleNumber);
  if (!/^\d+$/.test(numberText)) return fail("ruleNumber", "A rule number is a whole number from 1 to 32766.");
  const ruleNumber = Number(numberText);
  if (ruleNumber < 1 || ruleNumber > 32766) return fail("ruleNumber", "A rule number is from 1 to 32766.");
  if (!oneOf(draft.protocol, PROTOCOLS)) return fail("protocol", "Choose a type.");
  const cidr = text(draft.cidr);
  if (!(isIpv4Cidr(cidr) || isIpv6Cidr(cidr))) return fail("cidr", "Enter a CIDR block such as 10.0.0.0/16 or 0.0.0.0/0.");
  if (!oneOf(draft.action, ["allow", "deny"] as const)) return fail("action", "Choose allow or deny.");
  if (ctx.usedNumbers[draft.direction].has(ruleNumber)) return fail("ruleNumber", `Rule ${ruleNumber} already exists in the ${draft.direction} rules.`);
  const range = portsFor(draft.protocol, draft.ports);
  if (!range.ok) return range;
  return ok({ direction: draft.direction, ruleNumber, protocol: draft.protocol, cidr, action: draft.action, range: range.data });
}
