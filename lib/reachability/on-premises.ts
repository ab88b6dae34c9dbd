/**
 * The on-premises network behind Site-to-Site VPN connections, customer gateways and Direct Connect virtual
 * interfaces. A query may name any of these ends (with SourceIp / DestinationIp for the host); the engine treats
 * the on-premises side as one network, so a packet that leaves AWS through any of them reaches the host when the
 * query's end is one of them (AWS picks the connection by its own route priority, 12.3; the path shows which).
 */
import type { Address } from "./cidr";
import { parseAddress } from "./cidr";
import type { HopContext, HopOutcome, Step } from "./family";
import type { Hop } from "./analysis";
import type { Model } from "./model";
import type { Packet } from "./packet";

const KEY = "on-premises-ends";

/** The on-premises host used when a query gives no SourceIp/DestinationIp (RFC 5737 TEST-NET-1). */
export const DEFAULT_ON_PREMISES_V4 = parseAddress("192.0.2.10") as Address;

/** Records that `id` (a VPN connection, customer gateway or virtual interface) is an end on the on-premises side. */
export function markOnPremisesEnd(model: Model, id: string): void {
  let set = model.familyData.get(KEY) as Set<string> | undefined;
  if (!set) model.familyData.set(KEY, (set = new Set()));
  set.add(id);
}

/** True when the leg's target is an on-premises end (any of them: the on-premises network is one network). */
export function targetIsOnPremises(ctx: HopContext): boolean {
  const set = ctx.model.familyData.get(KEY) as Set<string> | undefined;
  if (!set) return false;
  for (const id of set) if (ctx.isTarget(id)) return true;
  return false;
}

/**
 * The packet leaves AWS through `exitId` to the on-premises network: delivered when the leg's target is an
 * on-premises end (the reply comes back through `exitId`), else the core's exit step (delivered when the target
 * is the packet's destination address).
 */
export function leaveToOnPremises(ctx: HopContext, exitId: string, hops: Hop[], packet: Packet): HopOutcome {
  if (targetIsOnPremises(ctx)) return { kind: "delivered", hops, replyFrom: exitId, packet };
  const step: Step = { to: "exit", via: exitId, packet, network: "on-premises" };
  return { kind: "next", hops, next: [step] };
}
