// A seeded, deterministic rewrite of a network question's world: fresh CIDR blocks (every address, subnet,
// route and rule inside a VPC block moves with it, so containment and overlap are kept), fresh resource ids
// and fresh ports. The same seed always gives the same rewrite; the engine then computes the key on the result.
// Also fills the placeholders of stems and explanations ({port}, {port:name}, {cidr:X}, {ip:X}, {id:X}).
// Pure: no engine, no I/O.
import type { z } from "zod";
import type { variantSchema } from "./question-schema";

export type Variant = z.infer<typeof variantSchema>;
type Json = unknown;

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

interface Block {
  base: number;
  prefix: number;
}

function parseIpv4(text: string): Block | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const octets = [m[1], m[2], m[3], m[4]].map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const prefix = m[5] === undefined ? 32 : Number(m[5]);
  if (prefix > 32) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return { base: (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) >>> 0, prefix };
}

function formatIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function size(prefix: number): number {
  return 2 ** (32 - prefix);
}

function networkOf(block: Block): number {
  return block.base - (block.base % size(block.prefix));
}

function contains(outer: Block, inner: Block): boolean {
  return outer.prefix <= inner.prefix && networkOf(outer) === inner.base - (inner.base % size(outer.prefix));
}

function disjoint(a: Block, b: Block): boolean {
  return !contains(a, b) && !contains(b, a);
}

const PRIVATE_RANGES: Block[] = [
  { base: parseIpv4("10.0.0.0")!.base, prefix: 8 },
  { base: parseIpv4("172.16.0.0")!.base, prefix: 12 },
  { base: parseIpv4("192.168.0.0")!.base, prefix: 16 },
];

/** Every string in a JSON value, depth first. */
function strings(value: Json, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Keys whose string values are resource ids that a variant renames. */
const ID_KEYS = new Set([
  "VpcId", "SubnetId", "GroupId", "InstanceId", "NetworkInterfaceId", "RouteTableId", "NetworkAclId", "InternetGatewayId",
  "EgressOnlyInternetGatewayId", "NatGatewayId", "AllocationId", "AssociationId", "VpcPeeringConnectionId", "GatewayId",
  "TransitGatewayId", "TransitGatewayAttachmentId", "TransitGatewayRouteTableId", "VpnGatewayId", "CustomerGatewayId",
  "VpnConnectionId", "VpcEndpointId", "NetworkAclAssociationId", "RouteTableAssociationId",
]);

function collectIds(value: Json, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectIds(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (ID_KEYS.has(key) && typeof v === "string" && v !== "local" && /^[a-z]+-[a-z0-9-]+$/.test(v)) out.add(v);
      else collectIds(v, out);
    }
  }
}

const PORT_KEYS = new Set(["FromPort", "ToPort", "From", "To", "Port", "DestinationPort"]);

export interface Rewrite {
  /** The seed (0 and no variant: the identity). */
  readonly seed: number;
  /** Rewrites a JSON value (snapshot, query, change set): addresses, ids and ports. */
  value<T>(json: T): T;
  /** The new id of a base id, also for ids the engine derives from one (acl-default-<VpcId>). */
  id(base: string): string;
  /** The new text of a base address or CIDR (unchanged outside the moved blocks). */
  address(base: string): string;
  /** The chosen value of a named port (the first named port when no name is given). */
  port(name?: string): number | undefined;
  /** Every base id renamed (empty without an ids variant). */
  readonly renamedIds: ReadonlyMap<string, string>;
}

/**
 * Builds the rewrite for `seed`. `world` is everything the rewrite applies to (snapshot, queries, change
 * sets), scanned for the addresses and ids to keep consistent. Without a variant, or for seed 0, the identity.
 */
export function makeRewrite(variant: Variant | undefined, world: Json, snapshot: Record<string, unknown>, seed: number): Rewrite {
  const active = variant !== undefined && seed !== 0;
  const random = seededRandom(seed);
  const moved = active && (variant.cidrs || (variant.extraCidrs?.length ?? 0) > 0) ? moveBlocks(variant, world, snapshot, random) : [];
  const ids = new Map<string, string>();
  if (active && variant.ids) {
    const found = new Set<string>();
    collectIds(world, found);
    const used = new Set<string>();
    for (const base of [...found].sort()) {
      const prefix = /^(tgw-attach|tgw-rtb|[a-z]+)-/.exec(base)?.[1] ?? "id";
      let fresh: string;
      do fresh = `${prefix}-0${Math.floor(random() * 0xfffffff).toString(16).padStart(7, "0")}`;
      while (used.has(fresh) || found.has(fresh));
      used.add(fresh);
      ids.set(base, fresh);
    }
  }
  const ports = new Map<string, { base: number; value: number }>();
  for (const p of variant?.ports ?? []) ports.set(p.name, { base: p.base, value: active ? (p.values[Math.floor(random() * p.values.length)] ?? p.base) : p.base });
  const portByBase = new Map([...ports.values()].map((p) => [p.base, p.value]));
  const longestFirst = [...ids.keys()].sort((a, b) => b.length - a.length);

  const address = (text: string): string => {
    const block = parseIpv4(text);
    if (!block) return text;
    for (const m of moved) {
      if (contains(m.from, block)) {
        const shifted = block.base - networkOf(m.from) + m.to;
        return /\//.test(text) ? `${formatIpv4(shifted)}/${block.prefix}` : formatIpv4(shifted);
      }
    }
    return text;
  };
  const id = (base: string): string => {
    const direct = ids.get(base);
    if (direct) return direct;
    let out = base;
    for (const old of longestFirst) {
      const at = out.indexOf(old);
      if (at > 0 && out[at - 1] === "-" && at + old.length === out.length) {
        out = out.slice(0, at) + ids.get(old)!;
        break;
      }
    }
    return out;
  };
  const rewriteValue = (json: Json, key?: string): Json => {
    if (typeof json === "string") return ids.get(json) ?? address(json);
    if (typeof json === "number") return key && PORT_KEYS.has(key) ? (portByBase.get(json) ?? json) : json;
    if (Array.isArray(json)) return json.map((v) => rewriteValue(v, key));
    if (json && typeof json === "object") return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, rewriteValue(v, k)]));
    return json;
  };
  return {
    seed: active ? seed : 0,
    value: <T,>(json: T) => (active ? (rewriteValue(json) as T) : json),
    id,
    address,
    port: (name) => (name ? ports.get(name) : [...ports.values()][0])?.value,
    renamedIds: ids,
  };
}

interface Move {
  from: Block;
  to: number;
}

/** Picks fresh blocks for the VPC CIDRs (and extra blocks) that keep every relation with the addresses that stay. */
function moveBlocks(variant: Variant, world: Json, snapshot: Record<string, unknown>, random: () => number): Move[] {
  const candidates: Block[] = [];
  if (variant.cidrs) {
    for (const vpc of Array.isArray(snapshot.Vpcs) ? (snapshot.Vpcs as Record<string, unknown>[]) : []) {
      const texts = [vpc.CidrBlock, ...(Array.isArray(vpc.CidrBlockAssociationSet) ? vpc.CidrBlockAssociationSet.map((a: { CidrBlock?: unknown }) => a.CidrBlock) : [])];
      for (const t of texts) if (typeof t === "string") candidates.push(parseIpv4(t)!);
    }
  }
  for (const t of variant.extraCidrs ?? []) candidates.push(parseIpv4(t)!);
  const blocks = candidates
    .filter((b): b is Block => b !== undefined)
    .map((b) => ({ base: networkOf(b), prefix: b.prefix }))
    .filter((b, i, all) => !all.some((o, j) => (j !== i && contains(o, b) && (o.prefix < b.prefix || j < i))))
    .sort((a, b) => a.base - b.base);
  const fixed = strings(world)
    .map(parseIpv4)
    .filter((b): b is Block => b !== undefined && b.prefix > 0 && !blocks.some((m) => contains(m, b)));
  const moves: Move[] = [];
  for (const from of blocks) {
    const range = PRIVATE_RANGES.find((r) => contains(r, from));
    if (!range) continue;
    const slots = size(range.prefix) / size(from.prefix);
    let chosen: number | undefined;
    for (let attempt = 0; attempt < 200 && chosen === undefined; attempt++) {
      const to = networkOf(range) + Math.floor(random() * slots) * size(from.prefix);
      const next: Block = { base: to, prefix: from.prefix };
      if (moves.some((m) => !disjoint({ base: m.to, prefix: m.from.prefix }, next))) continue;
      if (blocks.some((b) => b !== from && !disjoint(b, next) && !moves.some((m) => m.from === b))) continue;
      if (fixed.some((f) => contains(f, from) !== contains(f, next) || disjoint(f, from) !== disjoint(f, next))) continue;
      chosen = to;
    }
    if (chosen !== undefined) moves.push({ from, to: chosen });
  }
  return moves;
}

const PLACEHOLDER = /\{(port|cidr|ip|id)(?::([^{}\s]+))?\}/g;

/** Any `{name}` or `{name:arg}` left in a text (a placeholder this module does not know, or a typo). */
export const LEFTOVER_PLACEHOLDER = /\{[a-z-]+(?::[^{}\s]+)?\}/;

/**
 * Fills {port}, {port:name}, {cidr:vpc-or-subnet-id | a.b.c.d/n}, {ip:instance-or-eni-id | a.b.c.d} and {id:base-id}
 * from the rewritten world. Throws on a placeholder it cannot fill (the bank test runs every text through it).
 */
export function fillPlaceholders(text: string, rewrite: Rewrite, baseSnapshot: Record<string, unknown>): string {
  return text.replace(PLACEHOLDER, (whole, kind: string, arg: string | undefined) => {
    if (kind === "port") {
      const port = rewrite.port(arg);
      if (port === undefined) throw new Error(`${whole}: no such port in the variant`);
      return String(port);
    }
    if (!arg) throw new Error(`${whole} needs an argument`);
    if (kind === "id") return rewrite.id(arg);
    if (kind === "cidr") {
      if (parseIpv4(arg)) return rewrite.address(arg);
      const cidr = cidrOf(baseSnapshot, arg);
      if (!cidr) throw new Error(`${whole}: no VPC or subnet ${arg}`);
      return rewrite.address(cidr);
    }
    if (parseIpv4(arg)) return rewrite.address(arg);
    const ip = privateIpOf(baseSnapshot, arg);
    if (!ip) throw new Error(`${whole}: no instance or interface ${arg} with a PrivateIpAddress`);
    return rewrite.address(ip);
  });
}

type Item = Record<string, unknown>;

function items(snapshot: Record<string, unknown>, key: string): Item[] {
  const list = snapshot[key];
  return Array.isArray(list) ? (list.filter((v) => v && typeof v === "object") as Item[]) : [];
}

function cidrOf(snapshot: Record<string, unknown>, id: string): string | undefined {
  const found = items(snapshot, "Vpcs").find((v) => v.VpcId === id) ?? items(snapshot, "Subnets").find((s) => s.SubnetId === id);
  return typeof found?.CidrBlock === "string" ? found.CidrBlock : undefined;
}

function privateIpOf(snapshot: Record<string, unknown>, id: string): string | undefined {
  const instances = items(snapshot, "Reservations").flatMap((r) => (Array.isArray(r.Instances) ? (r.Instances as Item[]) : []));
  const found = instances.find((i) => i.InstanceId === id) ?? items(snapshot, "NetworkInterfaces").find((n) => n.NetworkInterfaceId === id);
  return typeof found?.PrivateIpAddress === "string" ? found.PrivateIpAddress : undefined;
}
