/**
 * An engine address (family + value) as text: the engine's own formatter (IPv6 in RFC 5952 form), under the
 * name the widgets use.
 */
// From the engine's address module itself, not its index: this is used by what a lesson page draws before
// its labs load, and the index would bring the whole engine into that first bundle.
import { formatAddress, type Address } from "@/lib/reachability/cidr";

export type EngineAddress = Address;

export function addressText(a: EngineAddress): string {
  return formatAddress(a);
}
