/**
 * An engine address (family + value) as text: the engine's own formatter (IPv6 in RFC 5952 form), under the
 * name the widgets use.
 */
import { formatAddress, type Address } from "@/lib/reachability";

export type EngineAddress = Address;

export function addressText(a: EngineAddress): string {
  return formatAddress(a);
}
