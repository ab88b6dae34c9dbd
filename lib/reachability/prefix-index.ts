/**
 * Longest-prefix-match index, shared by VPC and transit gateway route tables: items keyed by a destination CIDR,
 * bucketed by prefix length and then by network address, each bucket sorted by the table's own priority order.
 * Built once at load; a lookup tries each present prefix length, longest first, with one map probe per length.
 */
import { maskOf, type Address, type Cidr, type Family } from "./cidr";

export interface PrefixIndex<T> {
  /** Distinct prefix lengths present, longest first. */
  readonly lengths: readonly number[];
  readonly byLength: ReadonlyMap<number, ReadonlyMap<bigint, readonly T[]>>;
}

/** Indexes the items of one address family; items with the same CIDR are kept in `order` (best first). */
export function buildPrefixIndex<T extends { readonly destination: Cidr }>(items: readonly T[], family: Family, order: (a: T, b: T) => number): PrefixIndex<T> {
  const byLength = new Map<number, Map<bigint, T[]>>();
  for (const item of items) {
    if (item.destination.family !== family) continue;
    let bucket = byLength.get(item.destination.length);
    if (!bucket) byLength.set(item.destination.length, (bucket = new Map()));
    const list = bucket.get(item.destination.base);
    if (list) list.push(item);
    else bucket.set(item.destination.base, [item]);
  }
  for (const bucket of byLength.values()) for (const list of bucket.values()) list.sort(order);
  return { lengths: [...byLength.keys()].sort((a, b) => b - a), byLength };
}

/** The items of the longest prefix that contains `address` (best first), or undefined when none does. */
export function longestMatch<T>(index: PrefixIndex<T>, address: Address): readonly T[] | undefined {
  for (const length of index.lengths) {
    const list = index.byLength.get(length)?.get(address.value & maskOf(address.family, length));
    if (list && list.length > 0) return list;
  }
  return undefined;
}
