/**
 * Stage 4: the trace. Walks one leg (forward or return) hop by hop, implementing the core steps (leave an
 * interface, leave a subnet and route, enter a VPC, enter an interface, exit AWS) and dispatching to component
 * families by the kind they registered. It knows no gateway, endpoint or load balancer itself.
 *
 * Statefulness lives in the FlowState: the forward leg records which interfaces' security groups admitted the
 * flow and what stateful components translated; the return leg reads it.
 */
import type { ComponentRef, Explanation, Hop } from "./analysis";
import { addressKey, cidrContains, isRfc1918, isRfc6598, sameAddress, type Address } from "./cidr";
import { isAwsServiceAddress } from "./aws-service-address";
import { makeExplanation } from "./explain";
import type { ExplanationCode } from "./explanation-codes";
import { deliverAtAddressKey, deliverAtKey, replyViaKey, type Arrival, type FlowState, type HopContext, type HopOutcome, type Step, type Target } from "./family";
import { interfaceAt, ownsAddress, vpcCidrsContain, type Eni, type Model, type Subnet, type Vpc } from "./model";
import { embeddedIpv4 } from "./nat64";
import { evaluateAcl } from "./network-acl";
import { headerOf, withDestination, withSource, type Packet, type PacketHeader } from "./packet";
import { selectRoute, type Route, type RouteTable } from "./route-table";
import { evaluateSecurityGroups, type SecurityGroup } from "./security-group";

/** How a leg ended. */
export type LegEnd =
  /** Delivered to an interface (an instance's, or a bare ENI). */
  | { readonly kind: "interface"; readonly eniId: string }
  /** Delivered at or through a component; the reply starts there (from outside). */
  | { readonly kind: "component"; readonly id: string }
  /** Delivered to an AWS service address at the interface (6.8); the reply comes straight back. */
  | { readonly kind: "aws-service"; readonly eniId: string }
  /** Delivered where no reply can be analysed (forward-only). */
  | { readonly kind: "none" };

export interface LegResult {
  readonly delivered: boolean;
  readonly hops: Hop[];
  readonly explanation?: Explanation;
  /** The packet as the end received it (delivered only). */
  readonly packet?: Packet;
  readonly end?: LegEnd;
}

const MAX_DEPTH = 96;

const namesOf = new WeakMap<Model, Map<string, { name?: string; arn?: string }>>();

/** Names (the Name tag) and ARNs of every id, built once per model on first use. */
function nameIndex(model: Model): Map<string, { name?: string; arn?: string }> {
  let index = namesOf.get(model);
  if (index) return index;
  index = new Map();
  const add = (id: string, name: string | undefined, arn?: string) => {
    if ((name || arn) && !index!.has(id)) index!.set(id, { ...(name ? { name } : {}), ...(arn ? { arn } : {}) });
  };
  for (const [id, c] of model.components) add(id, c.name, c.arn);
  for (const e of model.enis.values()) add(e.id, e.name);
  for (const i of model.instances.values()) add(i.id, i.name);
  for (const s of model.subnets.values()) add(s.id, s.name);
  for (const v of model.vpcs.values()) add(v.id, v.name);
  for (const t of model.routeTables.values()) add(t.id, t.name);
  for (const a of model.networkAcls.values()) add(a.id, a.name);
  namesOf.set(model, index);
  return index;
}

/** The component reference of an id: Id, and Arn and Name when known. */
export function refOf(model: Model, id: string): ComponentRef {
  const known = nameIndex(model).get(id);
  if (!known) return { Id: id };
  const ref: ComponentRef = { Id: id };
  if (known.arn) ref.Arn = known.arn;
  if (known.name) ref.Name = known.name;
  return ref;
}

const NO_HEADER: PacketHeader = { DestinationAddresses: [], Protocol: "", SourceAddresses: [] };

/**
 * One leg's walk. It is also the HopContext families receive (methods on the prototype: no closures are
 * created per query). With `record` false (the matrix) no names, headers or sentences are built.
 */
class Walk implements HopContext {
  readonly visited = new Set<string>();
  constructor(
    readonly model: Model,
    readonly leg: "forward" | "return",
    readonly flow: FlowState,
    readonly target: Target,
    readonly record: boolean,
  ) {}

  get ctx(): HopContext {
    return this;
  }

  isTarget(id: string): boolean {
    return this.target.kind === "component" && this.target.id === id;
  }

  ref(id: string): ComponentRef {
    return this.record ? refOf(this.model, id) : { Id: id };
  }

  hop(id: string, extra?: Omit<Hop, "Component">): Hop {
    return extra ? { Component: this.ref(id), ...extra } : { Component: this.ref(id) };
  }

  nacl(subnetId: string, direction: "ingress" | "egress", packet: Packet): { hop: Hop; blocked?: Explanation } {
    return naclCheck(this, this.model, subnetId, direction, packet);
  }

  explain(code: ExplanationCode, fields: Omit<Explanation, "ExplanationCode" | "Explanation">, packet: Packet, sentence?: string): Explanation {
    return makeExplanation(code, fields, packet, this.record ? sentence : "", this.leg);
  }

  interfaceAt(vpcId: string, address: Address): Eni | undefined {
    return interfaceAt(this.model, vpcId, address);
  }

  readonly header = (packet: Packet): PacketHeader => (this.record ? headerOf(packet) : NO_HEADER);
}

type Result = LegResult;

function blocked(hops: Hop[], explanation: Explanation): Result {
  return { delivered: false, hops, explanation };
}

/** The leg's target is a component (or front interface) that handed the flow to this interface (a load balancer's target). */
function deliveredThrough(w: Walk, eni: Eni): boolean {
  const fronts = w.ctx.flow.memory.get(deliverAtKey(eni.id));
  if (!Array.isArray(fronts)) return false;
  return w.target.kind === "component" || (w.target.kind === "interface" && fronts.includes(w.target.eniId));
}

function isTargetInterface(target: Target, eni: Eni): boolean {
  if (target.kind === "interface") return target.eniId === eni.id;
  if (target.kind === "address") {
    if (ownsAddress(eni, target.address)) return true;
    const v4 = embeddedIpv4(target.address);
    return !!v4 && ownsAddress(eni, v4);
  }
  return false;
}

/** The packet's destination is the target address, or (NAT64) the IPv4 address a 64:ff9b::/96 target embeds. */
function isTargetAddress(target: Address, dst: Address): boolean {
  if (sameAddress(target, dst)) return true;
  const v4 = embeddedIpv4(target);
  return !!v4 && sameAddress(v4, dst);
}

export function makeHopContext(model: Model, leg: "forward" | "return", flow: FlowState, target: Target, record = true): HopContext {
  return new Walk(model, leg, flow, target, record);
}

function naclCheck(r: Pick<Walk, "ref" | "explain">, model: Model, subnetId: string, direction: "ingress" | "egress", packet: Packet): { hop: Hop; blocked?: Explanation } {
  const subnet = model.subnets.get(subnetId) as Subnet;
  const acl = model.networkAcls.get(subnet.aclId);
  if (!acl) return { hop: { Component: r.ref(subnet.aclId) } };
  const verdict = evaluateAcl(acl, direction === "egress", packet);
  const hop: Hop = { Component: r.ref(acl.id), AclRule: verdict.rule };
  if (verdict.allowed) return { hop };
  return {
    hop,
    blocked: r.explain(
      "SUBNET_ACL_RESTRICTION",
      { Direction: direction, Component: r.ref(acl.id), Acl: r.ref(acl.id), AclRule: verdict.rule, Subnet: r.ref(subnet.id), Vpc: r.ref(subnet.vpcId) },
      packet,
    ),
  };
}

const groupsCache = new WeakMap<Eni, { ids: string[]; groups: SecurityGroup[] }>();

/** The interface's security groups, resolved once per interface (its group list is fixed after load). */
function groupsOf(model: Model, eni: Eni): SecurityGroup[] {
  const hit = groupsCache.get(eni);
  if (hit && hit.ids === eni.groupIds) return hit.groups;
  const groups: SecurityGroup[] = [];
  for (const g of eni.groupIds) {
    const sg = model.securityGroups.get(g);
    if (sg) groups.push(sg);
  }
  groupsCache.set(eni, { ids: eni.groupIds, groups });
  return groups;
}

const plainMembership = new WeakMap<Model, (address: Address, groupId: string) => boolean>();

const NO_MEMBERS = (): boolean => false;

function memberOf(model: Model, packet?: Packet) {
  // Security group identity dropped on the way (5.9): no reference matches the source.
  if (packet?.sgReferencesDropped) return NO_MEMBERS;
  if (!packet?.sourceGroups) {
    // The common case needs no packet: one function per model, not one per check.
    let plain = plainMembership.get(model);
    if (!plain) {
      plain = (address: Address, groupId: string): boolean => {
        const list = model.ipIndex.get(addressKey(address));
        return !!list && list.some((e) => e.groupIds.includes(groupId));
      };
      plainMembership.set(model, plain);
    }
    return plain;
  }
  return (address: Address, groupId: string): boolean => {
    // A load balancer that kept the client's address vouches for its own groups (10.6, NLB security groups).
    if (packet?.sourceGroups?.includes(groupId) && sameAddress(address, packet.src)) return true;
    const list = model.ipIndex.get(addressKey(address));
    return !!list && list.some((e) => e.groupIds.includes(groupId));
  };
}

/** SG check for one interface and direction; returns the hop to show and the block, if any. */
function sgCheck(w: Walk, eni: Eni, direction: "ingress" | "egress", packet: Packet): { hop?: Hop; blocked?: Explanation } {
  const groups = groupsOf(w.model, eni);
  if (groups.length === 0) return {};
  const first = groups[0] as SecurityGroup;
  if (w.ctx.leg === "return" && w.ctx.flow.sgAdmitted.has(eni.id)) {
    // Stateful (5.3): the reply of an admitted flow passes whatever the rules say.
    return { hop: { Component: w.ref(first.id) } };
  }
  const verdict = evaluateSecurityGroups(groups, direction, packet, memberOf(w.model, packet));
  if (verdict.allowed && verdict.group && verdict.rule) {
    if (w.ctx.leg === "forward") w.ctx.flow.sgAdmitted.add(eni.id);
    return { hop: { Component: w.ref(verdict.group.id), SecurityGroupRule: verdict.rule.out } };
  }
  let code: ExplanationCode = verdict.noRules ? "SG_HAS_NO_RULES" : "ENI_SG_RULES_MISMATCH";
  const dropped = packet.sgReferencesDropped;
  // Only a reference would have admitted it: the transit gateway's missing referencing support decides (RA code).
  if (dropped && !verdict.noRules && evaluateSecurityGroups(groups, direction, packet, memberOf(w.model, { ...packet, sgReferencesDropped: undefined })).allowed) code = "SG_REFERENCING_SUPPORT";
  return {
    hop: { Component: w.ref(first.id) },
    blocked: w.explain(
      code,
      {
        Direction: direction,
        Component: w.ref(first.id),
        SecurityGroups: groups.map((g) => w.ref(g.id)),
        NetworkInterface: w.ref(eni.id),
        Subnet: w.ref(eni.subnetId),
        Vpc: w.ref(eni.vpcId),
        ...(code === "SG_REFERENCING_SUPPORT" && dropped
          ? { TransitGateway: w.ref(dropped.transitGatewayId), ...(dropped.attachmentId ? { TransitGatewayAttachment: w.ref(dropped.attachmentId) } : {}) }
          : {}),
      },
      packet,
    ),
  };
}

export function eniHop(w: { model: Model; ref?: (id: string) => ComponentRef; header?: (packet: Packet) => PacketHeader }, eni: Eni, header: "InboundHeader" | "OutboundHeader", packet: Packet): Hop {
  const hop: Hop = { Component: w.ref ? w.ref(eni.id) : refOf(w.model, eni.id) };
  if (eni.instanceId) hop.AttachedTo = w.ref ? w.ref(eni.instanceId) : refOf(w.model, eni.instanceId);
  hop.Subnet = w.ref ? w.ref(eni.subnetId) : refOf(w.model, eni.subnetId);
  hop.Vpc = w.ref ? w.ref(eni.vpcId) : refOf(w.model, eni.vpcId);
  hop[header] = (w.header ?? headerOf)(packet);
  return hop;
}

function loopKey(step: Step): string {
  const p = step.packet;
  // IPv4 values as numbers: a bigint-to-string conversion per step is what made long walks slow.
  const addr = p.src.family === 4 ? `${Number(p.src.value)}:${p.srcPort}>${Number(p.dst.value)}:${p.dstPort}` : `${p.src.value}:${p.srcPort}>${p.dst.value}:${p.dstPort}`;
  switch (step.to) {
    case "leave-interface":
    case "enter-interface":
      return `${step.to}:${step.eniId}:${addr}`;
    case "route":
      return `route:${step.subnetId}:${step.routeTableId ?? ""}:${addr}`;
    case "enter-vpc":
      return `enter-vpc:${step.vpcId}:${step.viaSubnetId ?? ""}:${addr}`;
    case "component": {
      // Where it came from is part of the step: a transit gateway is entered twice by a flow through a middlebox VPC.
      const a = step.arrival;
      const from = a.via === "route" ? `${a.routeTableId}/${a.subnetId ?? ""}` : a.via === "interface" ? a.eniId : a.via === "component" ? a.fromId : "";
      return `component:${step.id}:${a.via}:${from}:${addr}`;
    }
    case "exit":
      return `exit:${step.via}:${addr}`;
  }
}

function componentIdOf(step: Step): string {
  switch (step.to) {
    case "leave-interface":
    case "enter-interface":
      return step.eniId;
    case "route":
      return step.routeTableId ?? step.subnetId;
    case "enter-vpc":
      return step.vpcId;
    case "component":
      return step.id;
    case "exit":
      return step.via;
  }
}

/** Runs one step and everything after it. */
function run(w: Walk, step: Step, hops: Hop[], depth: number): Result {
  // Every loop goes through a routing decision or a component, so only those steps are remembered.
  const key = step.to === "route" || step.to === "component" || step.to === "enter-vpc" ? loopKey(step) : undefined;
  if (depth > MAX_DEPTH || (key !== undefined && w.visited.has(key))) {
    return blocked(hops, w.explain("ROUTING_LOOP", { Component: w.ref(componentIdOf(step)) }, step.packet));
  }
  if (key !== undefined) w.visited.add(key);
  switch (step.to) {
    case "leave-interface":
      return leaveInterface(w, step.eniId, step.packet, hops, depth);
    case "route":
      return routeFromSubnet(w, step.subnetId, step.packet, hops, depth, step.routeTableId, step.skipAcl ?? false);
    case "enter-vpc":
      return enterVpc(w, step.vpcId, step.packet, hops, depth, step.viaSubnetId, step.routeTableId);
    case "enter-interface":
      return enterInterface(w, step.eniId, step.packet, hops, depth, step.fromSubnetId);
    case "component":
      return enterComponent(w, step.id, step.packet, step.arrival, hops, depth);
    case "exit":
      return exitAws(w, step.via, step.packet, step.network, hops, depth);
  }
}

function leaveInterface(w: Walk, eniId: string, packet: Packet, hops: Hop[], depth: number): Result {
  const eni = w.model.enis.get(eniId);
  if (!eni) return blocked(hops, w.explain("UNKNOWN_RESOURCE", { Component: { Id: eniId } }, packet));
  hops.push(eniHop(w, eni, "OutboundHeader", packet));
  if (eni.attachmentStatus !== "attached" && !eni.ownerId) {
    return blocked(hops, w.explain("BAD_STATE_ATTACHMENT", { Component: w.ref(eni.id), NetworkInterface: w.ref(eni.id), State: eni.attachmentStatus ?? "detached" }, packet));
  }
  if (eni.sourceDestCheck && !ownsAddress(eni, packet.src)) {
    return blocked(hops, w.explain("ENI_SOURCE_DEST_CHECK_RESTRICTION", { Direction: "egress", Component: w.ref(eni.id), NetworkInterface: w.ref(eni.id) }, packet));
  }
  if (w.target.kind === "address" && sameAddress(w.target.address, packet.dst) && isAwsServiceAddress(w.model, eni, packet.dst)) {
    return { delivered: true, hops, packet, end: { kind: "aws-service", eniId: eni.id } };
  }
  const sg = sgCheck(w, eni, "egress", packet);
  if (sg.hop) hops.push(sg.hop);
  if (sg.blocked) return blocked(hops, sg.blocked);
  // A component that asked for this flow's replies (an NLB that preserved the client's address, 10.6) takes them.
  const via = w.ctx.leg === "return" ? w.ctx.flow.memory.get(replyViaKey(eni.id)) : undefined;
  if (typeof via === "string") return run(w, { to: "component", id: via, packet, arrival: { via: "interface", eniId: eni.id } }, hops, depth + 1);
  // 1.11 / 6.7 / 5.10: within a subnet, no route table and no network ACL.
  const subnet = w.model.subnets.get(eni.subnetId) as Subnet;
  const peer = interfaceAt(w.model, eni.vpcId, packet.dst);
  if (peer && peer.subnetId === eni.subnetId && peer.id !== eni.id) {
    return run(w, { to: "enter-interface", eniId: peer.id, packet, fromSubnetId: eni.subnetId }, hops, depth + 1);
  }
  if (!peer && subnetContains(subnet, packet.dst)) {
    // An address of this subnet that no interface holds: nothing answers (Batfish: NEIGHBOR_UNREACHABLE).
    return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(subnet.id), Subnet: w.ref(subnet.id), Vpc: w.ref(subnet.vpcId) }, packet));
  }
  return run(w, { to: "route", subnetId: eni.subnetId, packet }, hops, depth + 1);
}

function subnetContains(subnet: Subnet, address: Address): boolean {
  if (address.family === 4) return !!subnet.cidr4 && cidrContains(subnet.cidr4, address);
  return subnet.cidrs6.some((c) => cidrContains(c, address));
}

function routeHop(w: Walk, table: RouteTable, route: Route): Hop {
  return { Component: w.ref(table.id), RouteTableRoute: route.out };
}

function routeFromSubnet(w: Walk, subnetId: string, packet: Packet, hops: Hop[], depth: number, routeTableId: string | undefined, skipAcl: boolean): Result {
  const subnet = w.model.subnets.get(subnetId);
  if (!subnet) return blocked(hops, w.explain("UNKNOWN_RESOURCE", { Component: { Id: subnetId } }, packet));
  if (!skipAcl) {
    const acl = naclCheck(w, w.model, subnet.id, "egress", packet);
    hops.push(acl.hop);
    if (acl.blocked) return blocked(hops, acl.blocked);
  }
  const table = w.model.routeTables.get(routeTableId ?? subnet.routeTableId) as RouteTable;
  return routeWith(w, table, subnet, packet, hops, depth);
}

function routeWith(w: Walk, table: RouteTable, subnet: Subnet | undefined, packet: Packet, hops: Hop[], depth: number): Result {
  const choice = selectRoute(table, packet.dst);
  const route = choice.route;
  if (!route) {
    hops.push({ Component: w.ref(table.id) });
    return blocked(
      hops,
      w.explain(
        "NO_ROUTE_TO_DESTINATION",
        { Component: w.ref(table.id), RouteTable: w.ref(table.id), ...(subnet ? { Subnet: w.ref(subnet.id) } : {}), Vpc: w.ref(table.vpcId), Destination: { Id: w.header(packet).DestinationAddresses[0] as string } },
        packet,
      ),
    );
  }
  hops.push(routeHop(w, table, route));
  if (route.state === "blackhole") {
    return blocked(hops, w.explain("BAD_STATE_ROUTE", { Component: w.ref(table.id), RouteTable: w.ref(table.id), RouteTableRoute: route.out, Vpc: w.ref(table.vpcId) }, packet));
  }
  const target = route.target;
  if (target.id === "local" && target.field === "GatewayId") return deliverInVpc(w, table.vpcId, packet, hops, depth, subnet?.id);
  if (target.field === "NetworkInterfaceId" || target.field === "InstanceId") {
    const eniId = target.field === "InstanceId" ? w.model.instances.get(target.id)?.eniIds[0] : target.id;
    const eni = eniId ? w.model.enis.get(eniId) : undefined;
    if (!eni) return blocked(hops, w.explain("BAD_STATE_ROUTE", { Component: w.ref(table.id), RouteTable: w.ref(table.id), RouteTableRoute: route.out }, packet));
    return run(w, { to: "enter-interface", eniId: eni.id, packet, fromSubnetId: subnet?.id }, hops, depth + 1);
  }
  const entry = w.model.components.get(target.id);
  if (!entry) return blocked(hops, w.explain("UNSUPPORTED_COMPONENT", { Component: { Id: target.id }, RouteTable: w.ref(table.id), RouteTableRoute: route.out }, packet));
  const arrival: Arrival = { via: "route", vpcId: table.vpcId, ...(subnet ? { subnetId: subnet.id } : {}), routeTableId: table.id, route };
  return run(w, { to: "component", id: entry.id, packet, arrival }, hops, depth + 1);
}

/** Local delivery inside a VPC to the interface that owns the destination address. */
function deliverInVpc(w: Walk, vpcId: string, packet: Packet, hops: Hop[], depth: number, fromSubnetId: string | undefined): Result {
  const eni = interfaceAt(w.model, vpcId, packet.dst);
  if (eni) return run(w, { to: "enter-interface", eniId: eni.id, packet, fromSubnetId }, hops, depth + 1);
  // An address inside a subnet that no interface holds: the subnet's NACL applies, then nothing answers
  // (Batfish's peering tests: NULL_ROUTED / NEIGHBOR_UNREACHABLE).
  const vpc = w.model.vpcs.get(vpcId);
  const subnet = vpc?.subnetIds.map((id) => w.model.subnets.get(id) as Subnet).find((s) => subnetContains(s, packet.dst));
  if (subnet) {
    if (subnet.id !== fromSubnetId) {
      const acl = naclCheck(w, w.model, subnet.id, "ingress", packet);
      hops.push(acl.hop);
      if (acl.blocked) return blocked(hops, acl.blocked);
    }
    return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(subnet.id), Subnet: w.ref(subnet.id), Vpc: w.ref(vpcId) }, packet));
  }
  return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(vpcId), Vpc: w.ref(vpcId) }, packet));
}

function enterVpc(w: Walk, vpcId: string, packet: Packet, hops: Hop[], depth: number, viaSubnetId: string | undefined, routeTableId: string | undefined): Result {
  if (routeTableId) {
    // Gateway route table (edge association, 1.12).
    const table = w.model.routeTables.get(routeTableId) as RouteTable;
    const choice = selectRoute(table, packet.dst);
    if (choice.route && !(choice.route.target.field === "GatewayId" && choice.route.target.id === "local")) {
      const noPublicIp = middleboxWithoutPublicIp(w, table, choice.route, packet);
      if (noPublicIp) {
        hops.push(routeHop(w, table, choice.route));
        return blocked(hops, w.explain("INGRESS_RTB_NO_PUBLIC_IP", { Component: w.ref(noPublicIp.id), NetworkInterface: w.ref(noPublicIp.id), IngressRouteTable: w.ref(table.id), RouteTableRoute: choice.route.out, Vpc: w.ref(vpcId) }, packet));
      }
      return routeWith(w, table, undefined, packet, hops, depth);
    }
    if (choice.route) hops.push(routeHop(w, table, choice.route));
  }
  const eni = interfaceAt(w.model, vpcId, packet.dst);
  if (viaSubnetId) {
    if (eni && eni.subnetId === viaSubnetId) return run(w, { to: "enter-interface", eniId: eni.id, packet, fromSubnetId: viaSubnetId }, hops, depth + 1);
    const acl = naclCheck(w, w.model, viaSubnetId, "egress", packet);
    hops.push(acl.hop);
    if (acl.blocked) return blocked(hops, acl.blocked);
  }
  return deliverInVpc(w, vpcId, packet, hops, depth, viaSubnetId);
}

/**
 * 1.12 (VPC User Guide, gateway route tables: "for traffic that flows through an internet gateway, the target
 * network interface must also have a public IP address"): the middlebox interface an internet gateway's route table
 * sends IPv4 traffic to, when it has no public IP; else undefined.
 */
function middleboxWithoutPublicIp(w: Walk, table: RouteTable, route: Route, packet: Packet): Eni | undefined {
  if (packet.dst.family !== 4 || (route.target.field !== "NetworkInterfaceId" && route.target.field !== "InstanceId")) return undefined;
  if (!table.gatewayIds.some((g) => w.model.components.get(g)?.kind === "internet-gateway")) return undefined;
  const eniId = route.target.field === "InstanceId" ? w.model.instances.get(route.target.id)?.eniIds[0] : route.target.id;
  const eni = eniId ? w.model.enis.get(eniId) : undefined;
  return eni && eni.publicIps.size === 0 ? eni : undefined;
}

function enterInterface(w: Walk, eniId: string, packet: Packet, hops: Hop[], depth: number, fromSubnetId: string | undefined): Result {
  const eni = w.model.enis.get(eniId);
  if (!eni) return blocked(hops, w.explain("UNKNOWN_RESOURCE", { Component: { Id: eniId } }, packet));
  if (fromSubnetId !== eni.subnetId) {
    const acl = naclCheck(w, w.model, eni.subnetId, "ingress", packet);
    hops.push(acl.hop);
    if (acl.blocked) return blocked(hops, acl.blocked);
  }
  const sg = sgCheck(w, eni, "ingress", packet);
  if (sg.hop) hops.push(sg.hop);
  if (sg.blocked) return blocked(hops, sg.blocked);
  const untranslated = natInstanceReply(w, eni, packet);
  if (untranslated) return forwardThrough(w, eni, packet, untranslated, hops, depth);
  if (eni.ownerId) {
    const entry = w.model.components.get(eni.ownerId);
    if (entry) return enterComponent(w, entry.id, packet, { via: "interface", eniId: eni.id, ...(fromSubnetId ? { fromSubnetId } : {}) }, hops, depth);
  }
  if (!ownsAddress(eni, packet.dst)) {
    if (eni.sourceDestCheck) {
      hops.push(eniHop(w, eni, "InboundHeader", packet));
      return blocked(hops, w.explain("ENI_SOURCE_DEST_CHECK_RESTRICTION", { Direction: "ingress", Component: w.ref(eni.id), NetworkInterface: w.ref(eni.id) }, packet));
    }
    // An appliance (source/destination check off) forwards what it receives (13.1).
    const instance = eni.instanceId ? w.model.instances.get(eni.instanceId) : undefined;
    if (instance && instance.state !== "running") {
      hops.push({ Component: w.ref(instance.id) });
      return blocked(hops, w.explain("BAD_STATE", { Component: w.ref(instance.id), State: instance.state }, packet));
    }
    const translated = natInstanceRequest(w, eni, packet);
    if (translated) return forwardThrough(w, eni, packet, translated, hops, depth);
    return run(w, { to: "leave-interface", eniId: eni.id, packet }, hops, depth + 1);
  }
  hops.push(eniHop(w, eni, "InboundHeader", packet));
  if (eni.attachmentStatus !== "attached") {
    return blocked(hops, w.explain("BAD_STATE_ATTACHMENT", { Component: w.ref(eni.id), NetworkInterface: w.ref(eni.id), State: eni.attachmentStatus ?? "detached" }, packet));
  }
  const instance = eni.instanceId ? w.model.instances.get(eni.instanceId) : undefined;
  if (instance) {
    hops.push({ Component: w.ref(instance.id), InboundHeader: w.header(packet) });
    if (instance.state !== "running") return blocked(hops, w.explain("BAD_STATE", { Component: w.ref(instance.id), State: instance.state }, packet));
  }
  if (isTargetInterface(w.target, eni) || deliveredThrough(w, eni)) return { delivered: true, hops, packet, end: { kind: "interface", eniId: eni.id } };
  return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(eni.id), NetworkInterface: w.ref(eni.id) }, packet));
}

/** A NAT instance's translation of one flow (the AWS "NAT instances" pattern), kept for the reply. */
interface NatInstanceFlow {
  readonly inside: Address;
  readonly insidePort: number;
  readonly peer: Address;
}

const natInstanceKey = (eniId: string): string => `nat-instance:${eniId}`;

/**
 * A NAT instance (VPC User Guide, "NAT instances": source/destination check disabled, a public IP, in a public
 * subnet; private subnets route internet traffic to it). An appliance interface with a public IPv4 address that
 * forwards a packet for a public internet address whose source has no public IP of its own translates the source
 * to its own private address (the internet gateway then maps it to the public IP, 2.3), as the NAT AMI's
 * masquerading does; the source port is kept. Without a public IP, or for sources that have their own, it is a
 * plain router (firewall appliances, 1.12). Returns undefined when no translation applies.
 */
function natInstanceRequest(w: Walk, eni: Eni, packet: Packet): Packet | undefined {
  if (w.leg !== "forward" || packet.dst.family !== 4 || eni.publicIps.size === 0) return undefined;
  const own = eni.privateIps[0];
  if (!own || isRfc1918(packet.dst) || isRfc6598(packet.dst)) return undefined;
  const vpc = w.model.vpcs.get(eni.vpcId) as Vpc | undefined;
  if (vpc && vpcCidrsContain(vpc, packet.dst)) return undefined;
  if (interfaceAt(w.model, eni.vpcId, packet.src)?.publicIps.has(packet.src.value)) return undefined;
  w.flow.memory.set(natInstanceKey(eni.id), { inside: packet.src, insidePort: packet.srcPort, peer: packet.dst } satisfies NatInstanceFlow);
  return withSource(packet, own);
}

/** The reply of a flow a NAT instance translated, addressed back to its original source; else undefined. */
function natInstanceReply(w: Walk, eni: Eni, packet: Packet): Packet | undefined {
  if (w.leg !== "return") return undefined;
  const flow = w.flow.memory.get(natInstanceKey(eni.id)) as NatInstanceFlow | undefined;
  if (!flow || !sameAddress(flow.peer, packet.src) || !ownsAddress(eni, packet.dst) || packet.dstPort !== flow.insidePort) return undefined;
  return withDestination(packet, flow.inside);
}

/** The appliance sends the translated packet on; its interface hop shows both headers (0.2). */
function forwardThrough(w: Walk, eni: Eni, received: Packet, sent: Packet, hops: Hop[], depth: number): Result {
  const at = hops.length;
  const result = run(w, { to: "leave-interface", eniId: eni.id, packet: sent }, hops, depth + 1);
  const hop = hops[at];
  if (hop && hop.Component.Id === eni.id) hop.InboundHeader = w.header(received);
  return result;
}

function enterComponent(w: Walk, id: string, packet: Packet, arrival: Arrival, hops: Hop[], depth: number): Result {
  const entry = w.model.components.get(id);
  const family = entry ? w.model.families.get(entry.family) : undefined;
  if (!entry || !family) return blocked(hops, w.explain("UNSUPPORTED_COMPONENT", { Component: { Id: id } }, packet));
  const outcome: HopOutcome = family.receive(w.ctx, entry, packet, arrival);
  hops.push(...outcome.hops);
  switch (outcome.kind) {
    case "blocked":
      return blocked(hops, outcome.explanation);
    case "delivered": {
      const end: LegEnd = outcome.replyFrom === "none" ? { kind: "none" } : { kind: "component", id: outcome.replyFrom ?? entry.id };
      return { delivered: true, hops, packet: lastPacket(outcome, packet), end };
    }
    case "next":
      return runAlternatives(w, outcome.next, hops, depth);
  }
}

function lastPacket(outcome: HopOutcome, packet: Packet): Packet {
  return (outcome.kind === "delivered" ? outcome.packet : undefined) ?? packet;
}

function runAlternatives(w: Walk, steps: readonly Step[], hops: Hop[], depth: number): Result {
  if (steps.length === 1) return run(w, steps[0] as Step, hops, depth + 1);
  let first: Result | undefined;
  for (const step of steps) {
    const result = run(w, step, hops.slice(), depth + 1);
    if (result.delivered) return result;
    first ??= result;
  }
  return first ?? blocked(hops, w.explain("NO_PATH", {}, steps[0]?.packet as Packet));
}

function exitAws(w: Walk, via: string, packet: Packet, network: "internet" | "on-premises" | "aws-service", hops: Hop[], depth: number): Result {
  const t = w.target;
  // The NAT64 prefix 64:ff9b::/96 is not routed on the internet: only a NAT gateway translates it (nat-gateway.ts).
  if (network === "internet" && embeddedIpv4(packet.dst)) return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(via) }, packet));
  if ((t.kind === "component" && t.id === via) || (t.kind === "address" && isTargetAddress(t.address, packet.dst))) {
    return { delivered: true, hops, packet, end: { kind: "component", id: via } };
  }
  // A target a component handed the flow to outside AWS (a load balancer's on-premises IP target).
  if (t.kind === "component" && network === "on-premises" && w.ctx.flow.memory.get(deliverAtAddressKey(packet.dst)) === true) {
    return { delivered: true, hops, packet, end: { kind: "component", id: via } };
  }
  if (network === "internet" && packet.dst.family === 4) {
    // NAT reflection (2.7): the internet sends it back to the internet gateway of the VPC that owns the public IP.
    const owner = w.model.publicIndex.get(addressKey(packet.dst));
    if (owner) {
      const igw = [...w.model.components.values()].find((c) => c.kind === "internet-gateway" && c.vpcId === owner.eni.vpcId);
      if (igw) return run(w, { to: "component", id: igw.id, packet, arrival: { via: "outside" } }, hops, depth + 1);
    }
  }
  return blocked(hops, w.explain("NO_POSSIBLE_DESTINATION", { Component: w.ref(via) }, packet));
}

/** Traces one leg from `start` until it is delivered to `target` or blocked. */
export function traceLeg(model: Model, leg: "forward" | "return", flow: FlowState, target: Target, start: Step, leadHops: Hop[], record = true): LegResult {
  return run(new Walk(model, leg, flow, target, record), start, leadHops, 0);
}
