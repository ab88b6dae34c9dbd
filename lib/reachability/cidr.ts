/**
 * Addresses and prefixes: IPv4 and IPv6 parsed once into bigints, so that every later comparison is integer
 * arithmetic. A `Cidr` is always stored masked (host bits cleared).
 */

export type Family = 4 | 6;

export interface Address {
  readonly family: Family;
  readonly value: bigint;
}

export interface Cidr {
  readonly family: Family;
  readonly base: bigint;
  readonly length: number;
  /** Canonical text, e.g. "10.0.0.0/16". */
  readonly text: string;
}

const V4_BITS = 32;
const V6_BITS = 128;
const V4_ALL = (1n << 32n) - 1n;
const V6_ALL = (1n << 128n) - 1n;

export function bitsOf(family: Family): number {
  return family === 4 ? V4_BITS : V6_BITS;
}

const maskCache: bigint[][] = [[], [], [], [], [], [], []];

/** The network mask of a prefix length, as a bigint. */
export function maskOf(family: Family, length: number): bigint {
  const cache = maskCache[family] as bigint[];
  const hit = cache[length];
  if (hit !== undefined) return hit;
  const bits = bitsOf(family);
  const all = family === 4 ? V4_ALL : V6_ALL;
  const mask = length === 0 ? 0n : (all << BigInt(bits - length)) & all;
  cache[length] = mask;
  return mask;
}

function parseV4(text: string): bigint | undefined {
  // Hand-rolled: this runs for every address of a 100,000-interface snapshot.
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (c === 46) {
      if (digits === 0 || ++dots > 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else return undefined;
  }
  if (digits === 0 || dots !== 3) return undefined;
  return BigInt(value * 256 + octet);
}

function parseV6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  let head = text;
  let tailV4: bigint | undefined;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".")) {
    tailV4 = parseV4(text.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const left = halves[0] === "" || halves[0] === undefined ? [] : halves[0].split(":");
  const right = halves.length === 2 ? (halves[1] === "" || halves[1] === undefined ? [] : halves[1].split(":")) : [];
  const groups = halves.length === 2 ? 8 - left.length - right.length : 0;
  if (halves.length === 1 && left.length !== 8) return undefined;
  if (halves.length === 2 && groups < 1) return undefined;
  const all = [...left, ...Array<string>(groups).fill("0"), ...right];
  let value = 0n;
  for (const group of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  if (tailV4 !== undefined) value = (value & ~V4_ALL) | tailV4;
  return value;
}

/** Parses "10.0.0.5" or "2001:db8::1"; undefined when it is not an address. */
export function parseAddress(text: string): Address | undefined {
  if (text.includes(":")) {
    const value = parseV6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseV4(text);
  return value === undefined ? undefined : { family: 4, value };
}

function formatV4(value: bigint): string {
  const n = Number(value);
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

function formatV6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run (at least two) of zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  const left = hex.slice(0, bestStart).join(":");
  const right = hex.slice(bestStart + bestLength).join(":");
  return `${left}::${right}`;
}

export function formatAddress(address: Address): string {
  return address.family === 4 ? formatV4(address.value) : formatV6(address.value);
}

/** Parses "10.0.0.0/16" (host bits are cleared) or a bare address (taken as /32 or /128). */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf("/");
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const address = parseAddress(addressText.trim());
  if (!address) return undefined;
  const bits = bitsOf(address.family);
  let length = bits;
  if (slash >= 0) {
    const lengthText = text.slice(slash + 1).trim();
    if (!/^\d{1,3}$/.test(lengthText)) return undefined;
    length = Number(lengthText);
    if (length > bits) return undefined;
  }
  return makeCidr(address.family, address.value, length);
}

export function makeCidr(family: Family, value: bigint, length: number): Cidr {
  const base = value & maskOf(family, length);
  return { family, base, length, text: `${formatAddress({ family, value: base })}/${length}` };
}

export function hostCidr(address: Address): Cidr {
  return makeCidr(address.family, address.value, bitsOf(address.family));
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  return cidr.family === address.family && (address.value & maskOf(cidr.family, cidr.length)) === cidr.base;
}

/** True when `inner` lies wholly inside `outer`. */
export function cidrCovers(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.length <= inner.length && (inner.base & maskOf(outer.family, outer.length)) === outer.base;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrCovers(a, b) || cidrCovers(b, a);
}

/** The n-th address of a prefix (n = 0 is the network address). */
export function addressInCidr(cidr: Cidr, n: bigint): Address {
  return { family: cidr.family, value: cidr.base + n };
}

const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => parseCidr(c) as Cidr);
const RFC6598 = parseCidr("100.64.0.0/10") as Cidr;

/** RFC 1918 private IPv4 space (10/8, 172.16/12, 192.168/16). */
export function isRfc1918(address: Address): boolean {
  return RFC1918.some((c) => cidrContains(c, address));
}

/** RFC 6598 shared address space (100.64/10). */
export function isRfc6598(address: Address): boolean {
  return cidrContains(RFC6598, address);
}

export function sameAddress(a: Address, b: Address): boolean {
  return a.family === b.family && a.value === b.value;
}

/** A map key for an address that is unique across both families. */
export function addressKey(address: Address): bigint {
  return address.family === 4 ? address.value : address.value | (1n << 130n);
}
