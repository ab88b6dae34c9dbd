/**
 * The pipeline's front: resolve the query's ends, build the packet, trace the forward leg, then (when it is
 * delivered) the return leg of the reply with the flow's state, and assemble RA's NetworkInsightsAnalysis.
 */
import type { AnalysedPath, Analysis, Explanation, Hop, PathComponent } from "./analysis";
import { addressKey, formatAddress, parseAddress, type Address, type Family } from "./cidr";
import { makeExplanation } from "./explain";
import type { ExplanationCode } from "./explanation-codes";
import type { DestinationEndpoint, FlowState, SourceEndpoint, Step, Target } from "./family";
import { interfaceAt, type Eni, type Model } from "./model";
import { headerOf, replyTo, type Packet } from "./packet";
import type { Query } from "./query";
import { traceForward } from "./through-components";
import { eniHop, refOf, traceLeg } from "./trace";

function numbered(hops: readonly Hop[], record = true): PathComponent[] {
  // Verdict-only analyses (the matrix) keep the hops unnumbered: only their count is read.
  return record ? hops.map((h, i) => ({ SequenceNumber: i + 1, ...h })) : (hops as PathComponent[]);
}

interface Failure {
  readonly code: ExplanationCode;
  readonly fields: Omit<Explanation, "ExplanationCode" | "Explanation">;
}

type Resolved<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const fail = (code: ExplanationCode, fields: Failure["fields"]): { ok: false; failure: Failure } => ({ ok: false, failure: { code, fields } });

function primaryEni(model: Model, instanceId: string): Eni | undefined {
  const id = model.instances.get(instanceId)?.eniIds[0];
  return id ? model.enis.get(id) : undefined;
}

/** An instance without any interface: BAD_STATE when it is not running (terminated), else UNASSOCIATED_COMPONENT. */
function noInterface(model: Model, instanceId: string): { ok: false; failure: Failure } {
  const state = model.instances.get(instanceId)?.state;
  if (state && state !== "running") return fail("BAD_STATE", { Component: refOf(model, instanceId), State: state });
  return fail("UNASSOCIATED_COMPONENT", { Component: refOf(model, instanceId) });
}

function addressOf(eni: Eni, family: Family): Address | undefined {
  return family === 4 ? eni.privateIps[0] : eni.ipv6[0];
}

function resolveSource(model: Model, query: Query): Resolved<SourceEndpoint> {
  const ref = query.Source;
  if (model.instances.has(ref)) {
    const eni = primaryEni(model, ref);
    if (!eni) return noInterface(model, ref);
    return { ok: true, value: { kind: "interface", eniId: eni.id } };
  }
  if (model.enis.has(ref)) return { ok: true, value: { kind: "interface", eniId: ref } };
  const entry = model.components.get(ref);
  if (entry) {
    const family = model.families.get(entry.family);
    const ep = family?.resolveSource?.({ model, query }, entry);
    if (!ep) return fail("UNSUPPORTED_COMPONENT", { Component: refOf(model, entry.id) });
    return { ok: true, value: ep };
  }
  return unknownOrUnsupported(model, ref);
}

/** An id the snapshot holds that cannot be an end (a VPC, subnet, route table, ...) is UNSUPPORTED_COMPONENT; an unknown one NO_SOURCE_OR_DESTINATION. */
function unknownOrUnsupported(model: Model, ref: string): { ok: false; failure: Failure } {
  const known = model.vpcs.has(ref) || model.subnets.has(ref) || model.routeTables.has(ref) || model.networkAcls.has(ref) || model.securityGroups.has(ref) || model.prefixLists.has(ref);
  return known ? fail("UNSUPPORTED_COMPONENT", { Component: refOf(model, ref) }) : fail("NO_SOURCE_OR_DESTINATION", { MissingComponent: ref });
}

interface ResolvedDestination {
  readonly target: Target;
  /** The destination address if fixed by the query or the endpoint. */
  readonly address?: Address;
  /** The destination interface (for picking its private or public address). */
  readonly eni?: Eni;
  /** Other addresses a destination component answers at (DestinationEndpoint.alternatives). */
  readonly alternatives?: readonly Address[];
}

function resolveDestination(model: Model, query: Query, source: SourceEndpoint, instanceEni?: string): Resolved<ResolvedDestination> {
  const ref = query.Destination;
  const fixed = query.DestinationIp ? parseAddress(query.DestinationIp) : undefined;
  if (model.instances.has(ref)) {
    const eni = instanceEni ? model.enis.get(instanceEni) : primaryEni(model, ref);
    if (!eni) return noInterface(model, ref);
    return { ok: true, value: { target: { kind: "interface", eniId: eni.id }, address: fixed, eni } };
  }
  const eni = model.enis.get(ref);
  if (eni) return { ok: true, value: { target: { kind: "interface", eniId: eni.id }, address: fixed, eni } };
  const entry = model.components.get(ref);
  if (entry) {
    const family = model.families.get(entry.family);
    const ep: DestinationEndpoint | undefined = family?.resolveDestination?.({ model, query, source }, entry);
    if (!ep) return fail("UNSUPPORTED_COMPONENT", { Component: refOf(model, entry.id) });
    return { ok: true, value: { target: ep.target, address: fixed ?? ep.address, alternatives: ep.alternatives } };
  }
  const bare = parseAddress(ref);
  if (bare) {
    const srcVpc = source.kind === "interface" ? model.enis.get(source.eniId)?.vpcId : undefined;
    const owners = model.ipIndex.get(addressKey(bare)) ?? [];
    const local = srcVpc ? interfaceAt(model, srcVpc, bare) : undefined;
    // Several interfaces hold the address (overlapping CIDRs in other VPCs): whichever one routing reaches answers.
    if (!local && owners.length > 1) return { ok: true, value: { target: { kind: "address", address: bare }, address: bare } };
    const owner = local ?? owners[0];
    if (owner) return { ok: true, value: { target: { kind: "interface", eniId: owner.id }, address: bare, eni: owner } };
    const pub = model.publicIndex.get(addressKey(bare));
    if (pub) return { ok: true, value: { target: { kind: "interface", eniId: pub.eni.id }, address: bare, eni: pub.eni } };
    return { ok: true, value: { target: { kind: "address", address: bare }, address: bare } };
  }
  return unknownOrUnsupported(model, ref);
}

function describePath(query: Query): AnalysedPath {
  const path: AnalysedPath = { Source: query.Source, Destination: query.Destination, Protocol: query.Protocol };
  if (query.SourceIp) path.SourceIp = query.SourceIp;
  if (query.DestinationIp) path.DestinationIp = query.DestinationIp;
  if (query.DestinationPort !== undefined) path.DestinationPort = query.DestinationPort;
  if (query.SourcePort !== undefined) path.SourcePort = query.SourcePort;
  return path;
}

function failed(query: Query, explanation: Explanation, forward: Hop[] = [], ret: Hop[] = [], details?: Set<ExplanationCode>): Analysis {
  const out: Analysis = {
    NetworkInsightsPath: describePath(query),
    NetworkPathFound: false,
    ForwardPathComponents: numbered(forward),
    ReturnPathComponents: numbered(ret),
    Explanations: [explanation],
  };
  if (details && details.size > 0) out.AdditionalDetails = [...details].sort().map((d) => ({ AdditionalDetailType: d }));
  return out;
}

const ZERO = parseAddress("0.0.0.0") as Address;

/**
 * Blocks that mean the source VPC's routing found no way to the destination (candidates for DISCONNECTED_VPCS):
 * no route, the internet gateway refusing a private destination, or (overlapping CIDRs) the destination's address
 * led somewhere else, where nothing is the destination (NO_POSSIBLE_DESTINATION).
 */
const routedNowhere: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>(["NO_ROUTE_TO_DESTINATION", "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS", "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS", "NO_POSSIBLE_DESTINATION"]);

function placeholderPacket(query: Query): Packet {
  const zero = ZERO;
  return { src: zero, dst: zero, protocol: query.Protocol, srcPort: query.SourcePort ?? 0, dstPort: query.DestinationPort ?? 0, icmpType: query.Protocol === "icmp" ? 8 : -1, icmpCode: query.Protocol === "icmp" ? 0 : -1 };
}

/** Analyses one query against a model. Never throws: any input yields an analysis. */
export function analyze(model: Model, query: Query): Analysis {
  return analyzeWith(model, query, true);
}

/**
 * The verdict only (for the matrix): the same analysis, without component names, packet headers or sentences
 * (NetworkPathFound, explanation codes and the blocking component are those `analyze` gives).
 */
export function analyzeVerdict(model: Model, query: Query): Analysis {
  return analyzeWith(model, query, false);
}

function analyzeWith(model: Model, query: Query, record: boolean): Analysis {
  try {
    const first = analyzeUnsafe(model, query, record);
    if (first.NetworkPathFound || query.DestinationIp) return first;
    // 0.3: an instance with several interfaces (each in its own subnet, with its own groups) is reached through any
    // of them; RA shows a path when one exists. Tried in DeviceIndex order; none found: the primary's answer.
    const others = model.instances.get(query.Destination)?.eniIds.slice(1) ?? [];
    for (const eniId of others) {
      const alt = analyzeUnsafe(model, query, record, eniId);
      if (alt.NetworkPathFound) return alt;
    }
    // A component that answers at several addresses (a load balancer's nodes, an endpoint's interfaces): the same.
    for (const address of destinationAlternatives(model, query)) {
      const alt = analyzeUnsafe(model, query, record, undefined, address);
      if (alt.NetworkPathFound) return alt;
    }
    return first;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(query, makeExplanation("NO_PATH", {}, placeholderPacket(query), `The engine could not analyse this path (${message}). Please report it with the snapshot.`));
  }
}

/** The other addresses the query's destination component answers at (none for an interface, an instance, an address). */
function destinationAlternatives(model: Model, query: Query): readonly Address[] {
  if (!model.components.has(query.Destination)) return [];
  const src = resolveSource(model, query);
  if (!src.ok) return [];
  const dst = resolveDestination(model, query, src.value);
  return dst.ok ? (dst.value.alternatives ?? []) : [];
}

function analyzeUnsafe(model: Model, query: Query, record: boolean, destinationEni?: string, destinationAddress?: Address): Analysis {
  const placeholder = placeholderPacket(query);
  const src = resolveSource(model, query);
  if (!src.ok) return failed(query, makeExplanation(src.failure.code, src.failure.fields, placeholder));
  const dst = resolveDestination(model, query, src.value, destinationEni);
  if (!dst.ok) return failed(query, makeExplanation(dst.failure.code, dst.failure.fields, placeholder));
  const source = src.value;
  const destination = destinationAddress ? { ...dst.value, address: destinationAddress } : dst.value;

  // Address family: from any address the query fixes, else from the endpoint, else IPv4 (RA analyses IPv4).
  // An end interface with IPv6 addresses only (an IPv6-only subnet) makes it IPv6.
  const sourceIp = query.SourceIp ? parseAddress(query.SourceIp) : undefined;
  const sourceEni = source.kind === "interface" ? model.enis.get(source.eniId) : undefined;
  const ipv6Only = (eni: Eni | undefined): boolean => !!eni && eni.privateIps.length === 0 && eni.ipv6.length > 0;
  // A source component whose outside address is IPv6 (an egress-only internet gateway) also makes it IPv6.
  const componentV6 = source.kind === "component" && source.defaultSourceAddress.family === 6;
  const family: Family = destination.address?.family ?? sourceIp?.family ?? (ipv6Only(sourceEni) || ipv6Only(destination.eni) || componentV6 ? 6 : 4);

  // Destination address.
  let dstAddress = destination.address;
  if (!dstAddress || dstAddress.family !== family) {
    const eni = destination.eni;
    if (eni) {
      const priv = addressOf(eni, family);
      const pub = family === 4 && priv ? eni.publicIps.get(priv.value) : undefined;
      dstAddress = source.kind === "component" && source.addressing === "public" && pub ? pub : priv;
    }
  }
  if (!dstAddress) return failed(query, makeExplanation("UNASSOCIATED_COMPONENT", { Component: refOf(model, query.Destination) }, placeholder));

  // Source address and first step.
  let srcAddress: Address | undefined = sourceIp;
  let start: Step;
  const lead: Hop[] = [];
  const packetOf = (s: Address): Packet => ({
    src: s,
    dst: dstAddress,
    protocol: query.Protocol,
    srcPort: query.Protocol === "icmp" ? 0 : query.SourcePort ?? 0,
    dstPort: query.Protocol === "icmp" ? 0 : query.DestinationPort ?? 0,
    icmpType: query.Protocol === "icmp" ? (family === 6 ? 128 : 8) : -1,
    icmpCode: query.Protocol === "icmp" ? 0 : -1,
  });
  if (source.kind === "interface") {
    const eni = model.enis.get(source.eniId) as Eni;
    srcAddress ??= addressOf(eni, family);
    if (!srcAddress) return failed(query, makeExplanation("UNASSOCIATED_COMPONENT", { Component: refOf(model, query.Source) }, placeholder));
    const packet = packetOf(srcAddress);
    const instance = eni.instanceId ? model.instances.get(eni.instanceId) : undefined;
    if (instance) {
      lead.push(record ? { Component: refOf(model, instance.id), OutboundHeader: headerOf(packet) } : { Component: { Id: instance.id } });
      if (instance.state !== "running") return failed(query, makeExplanation("BAD_STATE", { Component: refOf(model, instance.id), State: instance.state }, packet), lead);
    }
    start = { to: "leave-interface", eniId: eni.id, packet };
  } else {
    // The outside end's address in the packet's family (an IPv6-only end asked for an IPv4 destination: the internet's default).
    srcAddress ??= source.defaultSourceAddress.family === family ? source.defaultSourceAddress : (parseAddress(family === 4 ? "198.51.100.10" : "2001:db8:ffff::10") as Address);
    start = { to: "component", id: source.componentId, packet: packetOf(srcAddress), arrival: { via: "outside" } };
  }

  const flow: FlowState = { sgAdmitted: new Set(), memory: new Map(), details: new Set() };
  const forward = traceForward(model, query, source, flow, destination.target, start, lead, record);
  if (!forward.delivered || !forward.packet || !forward.end) {
    const code = forward.explanation?.ExplanationCode;
    const disconnected = code && routedNowhere.has(code) ? disconnectedVpcs(model, source, destination, dstAddress) : undefined;
    if (disconnected) return failed(query, makeExplanation("DISCONNECTED_VPCS", disconnected, start.packet), forward.hops, [], flow.details);
    return failed(query, forward.explanation ?? makeExplanation("NO_PATH", {}, start.packet), forward.hops, [], flow.details);
  }

  // Return leg: the reply of what the destination received, back to the source, with the flow's state.
  let ret: { delivered: boolean; hops: Hop[]; explanation?: Explanation } = { delivered: true, hops: [] };
  const end = forward.end;
  if (end.kind === "none") flow.details.add("UNIDIRECTIONAL_PATH_ANALYSIS_ONLY");
  if (end.kind === "aws-service") {
    // 6.8: the service answers at the interface; nothing filters the reply.
    const reply = replyTo(forward.packet);
    const eni = model.enis.get(end.eniId) as Eni;
    ret.hops.push(eniHop({ model }, eni, "InboundHeader", reply));
    if (eni.instanceId) ret.hops.push({ Component: refOf(model, eni.instanceId), InboundHeader: headerOf(reply) });
  } else if (end.kind !== "none" && !flow.details.has("UNIDIRECTIONAL_PATH_ANALYSIS_ONLY")) {
    const reply = replyTo(forward.packet);
    const returnTarget: Target = source.kind === "interface" ? { kind: "interface", eniId: source.eniId } : { kind: "component", id: source.componentId };
    const returnLead: Hop[] = [];
    let returnStart: Step;
    if (end.kind === "interface") {
      const eni = model.enis.get(end.eniId) as Eni;
      if (eni.instanceId) returnLead.push(record ? { Component: refOf(model, eni.instanceId), OutboundHeader: headerOf(reply) } : { Component: { Id: eni.instanceId } });
      returnStart = { to: "leave-interface", eniId: eni.id, packet: reply };
    } else {
      returnStart = { to: "component", id: end.id, packet: reply, arrival: { via: "outside" } };
    }
    ret = traceLeg(model, "return", flow, returnTarget, returnStart, returnLead, record);
  }
  const out: Analysis = {
    NetworkInsightsPath: describePath(query),
    NetworkPathFound: ret.delivered,
    ForwardPathComponents: numbered(forward.hops, record),
    ReturnPathComponents: numbered(ret.hops, record),
    Explanations: ret.delivered ? [] : [ret.explanation ?? makeExplanation("NO_PATH", {}, start.packet)],
  };
  if (flow.details.size > 0) out.AdditionalDetails = [...flow.details].sort().map((d) => ({ AdditionalDetailType: d }));
  return out;
}

/**
 * RA's DISCONNECTED_VPCS: the two ends are interfaces in different VPCs, the packet is addressed to the
 * destination's private address, no component (peering connection, transit gateway, ...) joins the VPCs, and
 * the source VPC's routing found no way (no route, the internet gateway refusing a private destination, or an
 * overlapping CIDR that took the packet to another holder of the address: NO_POSSIBLE_DESTINATION).
 * Other blocks (a security group, a peering connection that is not transitive) keep their own code.
 */
function disconnectedVpcs(model: Model, source: SourceEndpoint, destination: ResolvedDestination, dstAddress: Address): Omit<Explanation, "ExplanationCode" | "Explanation"> | undefined {
  if (source.kind !== "interface" || !destination.eni) return undefined;
  const a = model.enis.get(source.eniId)?.vpcId;
  const b = destination.eni.vpcId;
  if (!a || a === b) return undefined;
  const own = dstAddress.family === 4 ? destination.eni.privateIps : destination.eni.ipv6;
  if (!own.some((x) => x.value === dstAddress.value)) return undefined;
  for (const entry of new Set(model.components.values())) {
    if (model.families.get(entry.family)?.connects?.(entry, a, b)) return undefined;
  }
  return { Component: refOf(model, b), SourceVpc: refOf(model, a), DestinationVpc: refOf(model, b) };
}

/** The address a result shows for an interface (for widgets). */
export function displayAddress(address: Address): string {
  return formatAddress(address);
}
