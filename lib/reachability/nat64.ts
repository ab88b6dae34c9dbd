/**
 * NAT64 addressing (VPC User Guide, "DNS64 and NAT64"; RFC 6052): DNS64 synthesizes an IPv6 address for an
 * IPv4-only service by putting its IPv4 address in the low 32 bits of the well-known prefix 64:ff9b::/96; a subnet
 * routes that prefix to a NAT gateway, which translates IPv6 to IPv4 (and the reply back).
 */
import { makeCidr, cidrContains, type Address, type Cidr } from "./cidr";

/** 64:ff9b::/96, the well-known NAT64 prefix. */
export const NAT64_PREFIX: Cidr = makeCidr(6, 0x64ff9bn << 96n, 96);

/** The IPv4 address embedded in a 64:ff9b::/96 address, else undefined. */
export function embeddedIpv4(address: Address): Address | undefined {
  return cidrContains(NAT64_PREFIX, address) ? { family: 4, value: address.value & 0xffffffffn } : undefined;
}

/** The 64:ff9b::/96 address DNS64 synthesizes for an IPv4 address. */
export function synthesizedIpv6(ipv4: Address): Address {
  return { family: 6, value: NAT64_PREFIX.base | ipv4.value };
}

/** ICMPv6 echo request/reply (128/129) as ICMP (8/0), and back. Other types keep their number. */
export function icmpTypeTo(family: 4 | 6, type: number): number {
  if (family === 4) return type === 128 ? 8 : type === 129 ? 0 : type;
  return type === 8 ? 128 : type === 0 ? 129 : type;
}
