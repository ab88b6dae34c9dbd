/**
 * Elastic Load Balancing v2: Application and Network Load Balancers (semantics 10.x) as a component family.
 *
 * - Nodes: one per enabled Availability Zone (`AvailabilityZones[]`), an interface in that zone's subnet: the
 *   interface whose Description names the load balancer (`ELB app/NAME/...`, `ELB net/NAME/...`), else one made
 *   from `LoadBalancerAddresses` (PrivateIPv4Address, IpAddress), else one created deterministically (the first
 *   free address after the four AWS reserves, id `eni-of-<LoadBalancerName>-<SubnetId>`). Internet-facing nodes
 *   have a public IPv4 address (the listed IpAddress or EIP, else one taken from 198.18.0.0/15), internal ones
 *   only private addresses (10.1). ALB nodes carry the load balancer's security groups (the VPC's default group
 *   when none is listed); NLB nodes carry them only when the NLB has some.
 * - A packet delivered to a node (after the subnet's NACL and the node's security groups, 10.5) must match a
 *   listener's protocol and port (10.2), then a target group of the listener's forward action that carries its
 *   protocol, then a target the node may send to (enabled zones, cross-zone, 10.3-10.4, see
 *   load-balancer-selection.ts). The destination becomes the target's address and registered port; the source
 *   becomes the node's private address (ALB; NLB without client IP preservation; all PrivateLink traffic), with
 *   REMAP_EPHEMERAL_PORT, or stays the client's (NLB client IP preservation, 10.6), in which case the target's
 *   reply is taken back by the NLB however the target's subnet routes (the `replyViaKey` hook).
 * - The path shows the load balancer (with its listener), the target group, the node's interface and the
 *   target; the reply goes back through the same node (flow memory) and is translated back.
 * - An `alb` target (an NLB in front of an ALB of its VPC) stands for the ALB's nodes: the NLB sends to the ALB's
 *   node in a zone it may reach, keeping the client's address (10.6), and the ALB takes the flow on to its own target.
 * - A listener whose default action is a redirect or fixed response, an ALB forwarding to Lambda targets, and an
 *   ALB answering ping, end the path at the load balancer. Target health is ignored (0.7). Classic Load Balancers and Gateway Load Balancers are not
 *   modelled (a `gateway` load balancer is registered but refuses traffic with UNSUPPORTED_COMPONENT).
 */
import * as v from "./shape";
import type { Hop } from "./analysis";
import { addressInCidr, addressKey, cidrContains, formatAddress, isRfc1918, isRfc6598, parseAddress, parseCidr, sameAddress, type Address, type Cidr } from "./cidr";
import type { ExplanationCode } from "./explanation-codes";
import { deliverAtAddressKey, deliverAtKey, replyViaKey, type ComponentEntry, type ComponentFamily, type HopContext, type HopOutcome, type LoadContext, type Step } from "./family";
import { chooseListener, chooseNode, chooseTargets, carries, preservesClientIp, type LbListener, type LbNode, type LbTarget, type LbTargetGroup, type LbTargetSpec, type LoadBalancerData, type LoadBalancerType } from "./load-balancer-selection";
import { ownsAddress, setPublicIp, vpcCidrsContain, type Eni, type Model } from "./model";
import { isEchoRequest, withDestination, withSource, type Packet } from "./packet";
import { evaluateSecurityGroups, type SecurityGroup } from "./security-group";
import type { VpcPeeringData } from "./vpc-peering";

const str = v.str();
const opt = v.opt;
const list = v.list;
const AttributeSchema = v.looseObject({ Key: str, Value: opt(v.union([str, v.bool(), v.num()])) });

export const LoadBalancerSchema = v.looseObject({
  LoadBalancerArn: opt(str),
  LoadBalancerName: opt(str),
  Type: opt(str),
  Scheme: opt(str),
  VpcId: opt(str),
  State: opt(v.looseObject({ Code: opt(str) })),
  AvailabilityZones: list(
    v.looseObject({
      ZoneName: opt(str),
      SubnetId: opt(str),
      LoadBalancerAddresses: list(v.looseObject({ IpAddress: opt(str), AllocationId: opt(str), PrivateIPv4Address: opt(str), IPv6Address: opt(str) })),
    }),
  ),
  SecurityGroups: list(str),
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: opt(str),
  Attributes: list(AttributeSchema),
});

const ActionSchema = v.looseObject({
  Type: opt(str),
  TargetGroupArn: opt(str),
  Order: opt(v.num()),
  ForwardConfig: opt(v.looseObject({ TargetGroups: list(v.looseObject({ TargetGroupArn: str, Weight: opt(v.num()) })) })),
});

export const ListenerSchema = v.looseObject({
  ListenerArn: opt(str),
  LoadBalancerArn: str,
  Protocol: opt(str),
  /** Absent on a Gateway Load Balancer's listener (it takes all traffic). */
  Port: opt(v.num()),
  DefaultActions: list(ActionSchema),
  /** `elbv2 describe-rules` nested (contract §1 convention): every rule's forward action is a candidate. */
  Rules: list(v.looseObject({ Priority: opt(v.union([str, v.num()])), IsDefault: opt(v.bool()), Actions: list(ActionSchema) })),
});

export const TargetGroupSchema = v.looseObject({
  TargetGroupArn: str,
  TargetGroupName: opt(str),
  Protocol: opt(str),
  Port: opt(v.num()),
  TargetType: opt(str),
  VpcId: opt(str),
  LoadBalancerArns: list(str),
  TargetHealthDescriptions: list(
    v.looseObject({
      Target: v.looseObject({ Id: str, Port: opt(v.num()), AvailabilityZone: opt(str) }),
      TargetHealth: opt(v.looseObject({ State: opt(str) })),
    }),
  ),
  Attributes: list(AttributeSchema),
});

/** What an interface endpoint hands a Network Load Balancer (PrivateLink, 9.7). */
export interface PrivateLinkHandoff {
  readonly endpointId: string;
  readonly endpointEniId: string;
  readonly az: string;
}

/** The family's index: target groups by ARN, load balancers by ARN. */
export interface LoadBalancerIndex {
  readonly targetGroups: Map<string, LbTargetGroup>;
  readonly loadBalancers: Map<string, LoadBalancerData>;
}

/** What a load balancer remembers of a flow (forward leg writes, return leg reads). */
interface LbFlow {
  readonly nodeEniId: string;
  readonly client: Address;
  readonly clientPort: number;
  /** The address and port the client sent to (the node's private address, or the endpoint's). */
  readonly front: Address;
  readonly frontPort: number;
  readonly handoff?: PrivateLinkHandoff;
}

/** Data a load balancer hands its target group step. */
interface TargetStep {
  readonly lbId: string;
  readonly node: LbNode;
  readonly target: LbTarget;
  readonly preserve: boolean;
  readonly fronts: readonly string[];
  readonly listenerPort: number;
}

const FAMILY = "load-balancer";
const PUBLIC_POOL = parseCidr("198.18.0.0/15") as Cidr;

function attr(attrs: readonly { Key: string; Value?: unknown }[] | null | undefined, key: string): boolean | undefined {
  const v = attrs?.find((a) => a.Key === key)?.Value;
  if (v === undefined || v === null) return undefined;
  const text = String(v).toLowerCase();
  if (text === "true") return true;
  if (text === "false") return false;
  return undefined;
}

function typeOf(text: string | null | undefined): LoadBalancerType {
  const t = (text ?? "application").toLowerCase();
  return t === "network" ? "network" : t === "gateway" ? "gateway" : "application";
}

function typePrefix(type: LoadBalancerType): string {
  return type === "network" ? "net" : type === "gateway" ? "gwy" : "app";
}

/** The load balancer index (for the interface endpoint family). */
export function loadBalancerIndex(model: Model): LoadBalancerIndex | undefined {
  return model.familyData.get(FAMILY) as LoadBalancerIndex | undefined;
}

function loadAll(ctx: LoadContext): void {
  const model = ctx.model;
  const index: LoadBalancerIndex = { targetGroups: new Map(), loadBalancers: new Map() };
  model.familyData.set(FAMILY, index);
  // Indexes built on first use only (a snapshot without load balancers pays nothing).
  let usedPublic: Set<bigint> | undefined;
  let nextPublic = 1n;
  const freshPublic = (): string => {
    if (!usedPublic) {
      usedPublic = new Set<bigint>();
      for (const eni of model.enis.values()) for (const p of eni.publicIps.values()) usedPublic.add(p.value);
      for (const a of model.snapshot.Addresses) {
        const p = parseAddress(a.PublicIp);
        if (p) usedPublic.add(p.value);
      }
    }
    for (;;) {
      const candidate = addressInCidr(PUBLIC_POOL, nextPublic++);
      if (!usedPublic.has(candidate.value)) {
        usedPublic.add(candidate.value);
        return formatAddress(candidate);
      }
    }
  };

  // Target groups first: listeners refer to them.
  ctx.section("TargetGroups", TargetGroupSchema).forEach((g, i) => {
    const path = `$.TargetGroups[${i}]`;
    if (g.VpcId && !model.vpcs.has(g.VpcId)) ctx.refuse(`${path}.VpcId`, "the id of a VPC in Vpcs", `no VPC ${g.VpcId} in the snapshot`);
    const targetType = (g.TargetType ?? "instance").toLowerCase();
    const targets: LbTargetSpec[] = (g.TargetHealthDescriptions ?? []).map((d) => ({ id: d.Target.Id, ...(d.Target.Port != null ? { port: d.Target.Port } : {}), ...(d.Target.AvailabilityZone ? { az: d.Target.AvailabilityZone } : {}) }));
    const preserve = attr(g.Attributes, "preserve_client_ip.enabled");
    const crossZone = attr(g.Attributes, "load_balancing.cross_zone.enabled");
    const group: LbTargetGroup = {
      arn: g.TargetGroupArn,
      ...(g.TargetGroupName ? { name: g.TargetGroupName } : {}),
      ...(g.Protocol ? { protocol: g.Protocol } : {}),
      ...(g.Port != null ? { port: g.Port } : {}),
      targetType,
      ...(g.VpcId ? { vpcId: g.VpcId } : {}),
      targets,
      ...(preserve !== undefined ? { preserveClientIp: preserve } : {}),
      ...(crossZone !== undefined ? { crossZone } : {}),
    };
    index.targetGroups.set(group.arn, group);
    ctx.register({ id: group.arn, kind: "target-group", arn: group.arn, ...(group.name ? { name: group.name } : {}), ...(group.vpcId ? { vpcId: group.vpcId } : {}), data: group });
  });

  const lbByRef = new Map<string, { data: LoadBalancerData; path: string; listeners: LbListener[] }>();
  let elbInterfaces: Eni[] | undefined;
  const usedBySubnet = new Map<string, Set<bigint>>();
  const usedIn = (subnetId: string): Set<bigint> => {
    if (usedBySubnet.size === 0) {
      for (const e of model.enis.values()) {
        const set = usedBySubnet.get(e.subnetId) ?? usedBySubnet.set(e.subnetId, new Set()).get(e.subnetId);
        for (const a of e.privateIps) set?.add(a.value);
      }
    }
    return usedBySubnet.get(subnetId) ?? (usedBySubnet.set(subnetId, new Set()).get(subnetId) as Set<bigint>);
  };
  ctx.section("LoadBalancers", LoadBalancerSchema).forEach((lb, i) => {
    const path = `$.LoadBalancers[${i}]`;
    const name = lb.LoadBalancerName ?? lb.LoadBalancerArn?.split("/")[2] ?? ctx.refuse(`${path}.LoadBalancerName`, "LoadBalancerName or LoadBalancerArn", "both are missing");
    const arn = lb.LoadBalancerArn ?? name;
    const type = typeOf(lb.Type);
    const scheme = (lb.Scheme ?? "internet-facing").toLowerCase() === "internal" ? "internal" : "internet-facing";
    const zones = lb.AvailabilityZones ?? [];
    if (zones.length === 0) ctx.refuse(`${path}.AvailabilityZones`, "at least one Availability Zone with its SubnetId", "the load balancer has no subnet");
    let vpcId = lb.VpcId ?? undefined;
    const nodes: LbNode[] = [];
    const groupIds = [...(lb.SecurityGroups ?? [])];
    zones.forEach((z, j) => {
      const zp = `${path}.AvailabilityZones[${j}]`;
      const subnetId = z.SubnetId ?? ctx.refuse(`${zp}.SubnetId`, "the subnet of the load balancer in this zone", "it is missing");
      const subnet = model.subnets.get(subnetId) ?? ctx.refuse(`${zp}.SubnetId`, "the id of a subnet in Subnets", `no subnet ${subnetId} in the snapshot`);
      vpcId ??= subnet.vpcId;
      if (subnet.vpcId !== vpcId) ctx.refuse(`${zp}.SubnetId`, `a subnet of ${vpcId}`, `${subnetId} is in ${subnet.vpcId}`);
      const az = z.ZoneName ?? subnet.availabilityZone ?? subnetId;
      if (nodes.some((n) => n.az === az)) ctx.refuse(`${zp}.ZoneName`, "one subnet per Availability Zone", `${az} is listed twice`);
      // The node's interface: described (ELB app/NAME/...), else from LoadBalancerAddresses, else created.
      elbInterfaces ??= [...model.enis.values()].filter((e) => (e.description ?? "").startsWith("ELB "));
      const described = elbInterfaces.find((e) => e.subnetId === subnetId && !e.ownerId && (e.description ?? "").startsWith(`ELB ${typePrefix(type)}/${name}/`));
      const addr = z.LoadBalancerAddresses?.[0];
      let privateText = addr?.PrivateIPv4Address ?? undefined;
      let publicText: string | undefined;
      if (addr?.IpAddress) {
        const ip = parseAddress(addr.IpAddress) ?? ctx.refuse(`${zp}.LoadBalancerAddresses[0].IpAddress`, "an IPv4 address", `found ${JSON.stringify(addr.IpAddress)}`);
        if (subnet.cidr4 && cidrContains(subnet.cidr4, ip)) privateText ??= addr.IpAddress;
        else publicText = addr.IpAddress;
      }
      if (!publicText && addr?.AllocationId) publicText = model.snapshot.Addresses.find((a) => a.AllocationId === addr.AllocationId)?.PublicIp;
      let eniId: string;
      if (described) {
        eniId = described.id;
        ctx.claimInterface(eniId, arn);
        if (scheme === "internet-facing" && publicText && described.privateIps[0] && !described.publicIps.has(described.privateIps[0].value)) {
          const pub = parseAddress(publicText);
          if (pub) setPublicIp(described, described.privateIps[0].value, pub);
        }
      } else {
        if (!privateText) {
          const cidr4 = subnet.cidr4 ?? ctx.refuse(`${zp}.SubnetId`, "a subnet with an IPv4 CIDR", `${subnetId} has none`);
          const used = usedIn(subnetId);
          for (let k = 4n; ; k++) {
            const candidate = addressInCidr(cidr4, k);
            if (!used.has(candidate.value)) {
              used.add(candidate.value);
              privateText = formatAddress(candidate);
              break;
            }
          }
        }
        eniId = `eni-of-${name}-${subnetId}`;
        if (scheme === "internet-facing") publicText ??= freshPublic();
        ctx.addInterface(
          { id: eniId, subnetId, privateIp: privateText, ...(scheme === "internet-facing" && publicText ? { publicIp: publicText } : {}), groupIds: [], interfaceType: type === "network" ? "network_load_balancer" : "interface", description: `ELB ${typePrefix(type)}/${name}/${subnetId}` },
          arn,
        );
      }
      const eni = model.enis.get(eniId);
      if (!eni || !eni.privateIps[0]) ctx.refuse(`${zp}`, "a load balancer node with a private IPv4 address", "none could be found");
      if (scheme === "internal") eni.publicIps.clear();
      nodes.push({ az, subnetId, eniId, privateIp: eni.privateIps[0], ...(eni.publicIps.get(eni.privateIps[0].value) ? { publicIp: eni.publicIps.get(eni.privateIps[0].value) as Address } : {}) });
    });
    const vpc = vpcId ?? ctx.refuse(`${path}.VpcId`, "the load balancer's VPC", "it is missing");
    if (!model.vpcs.has(vpc)) ctx.refuse(`${path}.VpcId`, "the id of a VPC in Vpcs", `no VPC ${vpc} in the snapshot`);
    groupIds.forEach((g, k) => {
      const sg = model.securityGroups.get(g) ?? ctx.refuse(`${path}.SecurityGroups[${k}]`, "the id of a security group in SecurityGroups", `no security group ${g} in the snapshot`);
      if (sg.vpcId && sg.vpcId !== vpc) ctx.refuse(`${path}.SecurityGroups[${k}]`, `a security group of ${vpc}`, `${g} belongs to ${sg.vpcId}`);
    });
    // An ALB always has security groups (the VPC's default group when none is given); an NLB only if created with some.
    const vpcRecord = model.vpcs.get(vpc);
    const nodeGroups = groupIds.length > 0 ? groupIds : type === "application" && vpcRecord ? [vpcRecord.defaultSgId] : [];
    for (const n of nodes) {
      const eni = model.enis.get(n.eniId);
      if (eni) eni.groupIds = [...nodeGroups];
    }
    const crossZone = type === "application" ? true : (attr(lb.Attributes, "load_balancing.cross_zone.enabled") ?? false);
    const listeners: LbListener[] = [];
    const enforcePrivateLinkSg = (lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic ?? "on").toLowerCase() !== "off";
    const data: LoadBalancerData = { arn, name, type, scheme, vpcId: vpc, state: (lb.State?.Code ?? "active").toLowerCase(), nodes, groupIds: nodeGroups, listeners, crossZone, enforcePrivateLinkSg };
    index.loadBalancers.set(arn, data);
    const aliases = [name, ...(lb.LoadBalancerArn && arn !== lb.LoadBalancerArn ? [lb.LoadBalancerArn] : [])].filter((a) => a !== arn);
    ctx.register({ id: arn, kind: "load-balancer", vpcId: vpc, name, ...(lb.LoadBalancerArn ? { arn: lb.LoadBalancerArn } : {}), aliases, data });
    lbByRef.set(arn, { data, path, listeners });
    lbByRef.set(name, { data, path, listeners });
  });

  ctx.section("Listeners", ListenerSchema).forEach((l, i) => {
    const path = `$.Listeners[${i}]`;
    const owner = lbByRef.get(l.LoadBalancerArn) ?? ctx.refuse(`${path}.LoadBalancerArn`, "the ARN of a load balancer in LoadBalancers", `no load balancer ${l.LoadBalancerArn} in the snapshot`);
    if (l.Port == null) {
      if (owner.data.type !== "gateway") ctx.refuse(`${path}.Port`, "the listener's port", "it is missing");
      return;
    }
    const port = l.Port;
    const tgs: string[] = [];
    let answers = false;
    const readActions = (list: readonly v.Infer<typeof ActionSchema>[], at: string): void => {
      [...list].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).forEach((a, j) => {
        const type = (a.Type ?? "forward").toLowerCase();
        if (type === "forward") {
          const refs = a.ForwardConfig?.TargetGroups?.length ? a.ForwardConfig.TargetGroups.filter((t) => (t.Weight ?? 1) > 0).map((t) => t.TargetGroupArn) : a.TargetGroupArn ? [a.TargetGroupArn] : [];
          refs.forEach((ref) => {
            if (!index.targetGroups.has(ref)) ctx.refuse(`${at}[${j}]`, "the ARN of a target group in TargetGroups", `no target group ${ref} in the snapshot`);
            if (!tgs.includes(ref)) tgs.push(ref);
          });
        } else if (type === "redirect" || type === "fixed-response") answers = true;
      });
    };
    // Rule conditions (host, path, ...) are not modelled: every rule may match, by priority, then the default action.
    const priority = (p: string | number | null | undefined): number => (typeof p === "number" ? p : Number.parseInt(p ?? "", 10) || Number.MAX_SAFE_INTEGER);
    (l.Rules ?? [])
      .map((r, k) => ({ r, k }))
      .filter(({ r }) => !r.IsDefault)
      .sort((a, b) => priority(a.r.Priority) - priority(b.r.Priority) || a.k - b.k)
      .forEach(({ r, k }) => readActions(r.Actions ?? [], `${path}.Rules[${k}].Actions`));
    readActions(l.DefaultActions ?? [], `${path}.DefaultActions`);
    const answersItself = answers && tgs.length === 0;
    owner.listeners.push({ arn: l.ListenerArn ?? `${owner.data.arn}/listener/${port}`, protocol: (l.Protocol ?? (owner.data.type === "application" ? "HTTP" : "TCP")).toUpperCase(), port, targetGroupArns: tgs, answersItself });
  });
}

/**
 * A registered target as the targets the load balancer may send to: one per node of an `alb` target (a Network
 * Load Balancer in front of an Application Load Balancer of its VPC, which takes the flow on at its node in that
 * zone: ELB "Application Load Balancers as targets"), else the target itself.
 */
export function resolveTargets(model: Model, lb: LoadBalancerData, group: LbTargetGroup, spec: LbTargetSpec): LbTarget[] {
  if (group.targetType !== "alb") return [resolveTarget(model, lb, group, spec)];
  const port = spec.port ?? group.port;
  const base = { group, id: spec.id, port: port ?? 0 };
  if (port === undefined || port < 1 || port > 65535) return [{ ...base, problem: "port" }];
  const entry = model.components.get(spec.id);
  const alb = entry?.kind === "load-balancer" ? (entry.data as LoadBalancerData) : undefined;
  // Only an Application Load Balancer of the same VPC can be registered (ELB guide, considerations).
  if (!alb || alb.type !== "application" || alb.vpcId !== lb.vpcId || alb.nodes.length === 0) return [{ ...base, problem: "address" }];
  return alb.nodes.map((n) => ({ ...base, address: n.privateIp, eniId: n.eniId, az: n.az, loadBalancerArn: alb.arn }));
}

/** Resolves a target's address, zone and port against the model. */
export function resolveTarget(model: Model, lb: LoadBalancerData, group: LbTargetGroup, spec: LbTargetSpec): LbTarget {
  const port = spec.port ?? group.port;
  const base = { group, id: spec.id, port: port ?? 0 };
  if (port === undefined || port < 1 || port > 65535) return { ...base, problem: "port" };
  if (group.targetType === "instance") {
    const instance = model.instances.get(spec.id);
    const eni = instance?.eniIds[0] ? model.enis.get(instance.eniIds[0]) : undefined;
    const address = eni?.privateIps[0];
    if (!eni || !address) return { ...base, problem: "address" };
    return { ...base, address, eniId: eni.id, ...(spec.az ?? eni.availabilityZone ? { az: spec.az ?? eni.availabilityZone } : {}) };
  }
  if (group.targetType === "ip") {
    const address = parseAddress(spec.id);
    if (!address || address.family !== 4) return { ...base, problem: "address" };
    const vpcId = group.vpcId ?? lb.vpcId;
    const vpc = model.vpcs.get(vpcId);
    // IP targets: the VPC's CIDRs, RFC 1918 or RFC 6598 (100.64.0.0/10); publicly routable addresses are refused.
    if (!(vpc && vpcCidrsContain(vpc, address)) && !isRfc1918(address) && !isRfc6598(address)) return { ...base, address, problem: "address" };
    const list = model.ipIndex.get(addressKey(address)) ?? [];
    const eni = list.find((e) => e.vpcId === vpcId) ?? (spec.az === "all" ? list[0] : undefined);
    const az = spec.az ?? eni?.availabilityZone ?? (vpc && !vpcCidrsContain(vpc, address) ? "all" : undefined);
    return { ...base, address, ...(eni ? { eniId: eni.id } : {}), ...(az ? { az } : {}) };
  }
  // lambda and alb targets are not modelled.
  return { ...base, problem: "address" };
}

function blockedAt(ctx: HopContext, c: ComponentEntry, hops: Hop[], code: ExplanationCode, packet: Packet, extra: Parameters<HopContext["explain"]>[1] = {}, sentence?: string): HopOutcome {
  const ref = ctx.hop(c.id).Component;
  return { kind: "blocked", hops, explanation: ctx.explain(code, { Component: ref, ...(c.arn ? { LoadBalancerArn: c.arn } : {}), ...extra }, packet, sentence) };
}

function zoneText(zones: readonly string[] | undefined): string {
  return zones && zones.length > 0 ? zones.join(", ") : "(none)";
}

function forward(ctx: HopContext, c: ComponentEntry, lb: LoadBalancerData, node: LbNode, packet: Packet, handoff: PrivateLinkHandoff | undefined): HopOutcome {
  const index = loadBalancerIndex(ctx.model) as LoadBalancerIndex;
  const lbHop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), Subnet: ctx.hop(node.subnetId).Component, Vpc: ctx.hop(lb.vpcId).Component });
  const hops: Hop[] = [lbHop];
  if (lb.state !== "active" && lb.state !== "active_impaired") return blockedAt(ctx, c, hops, "BAD_STATE", packet, { State: lb.state });
  if (lb.type === "gateway") return blockedAt(ctx, c, hops, "UNSUPPORTED_COMPONENT", packet, {}, `Gateway Load Balancer ${lb.name}: forwarding through a GWLB is not analysed (RA's PATH_THROUGH_GWLB_NOT_CHECKED).`);
  const front = handoff ? packet.dst : node.privateIp;
  if (handoff && lb.groupIds.length > 0 && lb.enforcePrivateLinkSg) {
    // PrivateLink traffic meets the NLB's inbound rules (EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic, on by
    // default), with the consumer client's private address as its source.
    const groups = lb.groupIds.map((g) => ctx.model.securityGroups.get(g)).filter((g): g is SecurityGroup => !!g);
    const verdict = evaluateSecurityGroups(groups, "ingress", packet, () => false);
    if (!verdict.allowed || !verdict.group || !verdict.rule) {
      const first = ctx.hop(lb.groupIds[0] as string);
      return blockedAt(ctx, c, [first], verdict.noRules ? "SG_HAS_NO_RULES" : "ENI_SG_RULES_MISMATCH", packet, { Direction: "ingress", Component: first.Component, SecurityGroups: groups.map((g) => ctx.hop(g.id).Component), NetworkInterface: ctx.hop(node.eniId).Component, Vpc: ctx.hop(lb.vpcId).Component });
    }
    hops.unshift(ctx.hop(verdict.group.id, { SecurityGroupRule: verdict.rule.out }));
  }
  const remember = (): void => {
    if (ctx.leg === "forward") ctx.flow.memory.set(c.id, { nodeEniId: node.eniId, client: packet.src, clientPort: packet.srcPort, front, frontPort: packet.dstPort, ...(handoff ? { handoff } : {}) } satisfies LbFlow);
  };
  if (packet.protocol === "icmp") {
    // An ALB answers ping when its security groups allow it, and forwards none to targets; an NLB does not answer.
    if (lb.type === "application" && isEchoRequest(packet) && !handoff) {
      remember();
      return { kind: "delivered", hops };
    }
    return blockedAt(ctx, c, hops, "ELBV2_LISTENERS_MISMATCH", packet, { Protocols: lb.listeners.map((l) => l.protocol) }, `Load balancer ${lb.name} has no listener for icmp: listeners accept ${lb.listeners.map((l) => `${l.protocol} ${l.port}`).join(", ") || "nothing"}${lb.type === "application" ? "" : " (a Network Load Balancer does not answer ping)"}.`);
  }
  const choice = chooseListener(lb, packet.protocol, packet.dstPort);
  if ("code" in choice) {
    const sentence =
      choice.code === "ELBV2_LISTENER_PORT_RESTRICTION"
        ? `Load balancer ${lb.name} has no listener on ${packet.protocol} ${packet.dstPort}; its ${packet.protocol} listeners accept only port${choice.ports.length > 1 ? "s" : ""} ${choice.ports.join(", ")}. Add a listener on ${packet.dstPort} or connect to a listener port.`
        : `Load balancer ${lb.name} has no listener that accepts ${packet.protocol} ${packet.dstPort}${lb.listeners.length === 0 ? " (it has no listeners)" : ` (listeners: ${lb.listeners.map((l) => `${l.protocol} ${l.port}`).join(", ")})`}.`;
    return blockedAt(ctx, c, hops, choice.code, packet, { LoadBalancerListenerPort: packet.dstPort }, sentence);
  }
  const listener = choice.listener;
  lbHop.ElasticLoadBalancerListener = { LoadBalancerPort: listener.port, ListenerArn: listener.arn, Protocol: listener.protocol };
  if (listener.answersItself) {
    remember();
    return { kind: "delivered", hops };
  }
  const groups = listener.targetGroupArns.map((a) => index.targetGroups.get(a)).filter((g): g is LbTargetGroup => !!g);
  const tgRefs = groups.map((g) => ctx.hop(g.arn).Component);
  const accepting = groups.filter((g) => (g.targetType === "instance" || g.targetType === "ip" ? carries(g.protocol, lb.type, packet.protocol) : true));
  if (accepting.length === 0) {
    return blockedAt(ctx, c, hops, groups.length === 0 ? "ELBV2_LISTENER_HAS_NO_TG" : "ELBV2_LISTENER_REQUIRES_TG_ACCEPT", packet, { LoadBalancerListenerPort: listener.port, LoadBalancerTargetGroups: tgRefs },
      groups.length === 0 ? `Listener ${listener.protocol} ${listener.port} of ${lb.name} forwards to no target group.` : `No target group of listener ${listener.protocol} ${listener.port} of ${lb.name} accepts ${packet.protocol} (${groups.map((g) => `${g.name ?? g.arn} ${g.protocol ?? ""}`.trim()).join(", ")}).`);
  }
  if (lb.type === "application" && accepting.some((g) => g.targetType === "lambda" && g.targets.length > 0) && !accepting.some((g) => g.targetType !== "lambda" && g.targets.length > 0)) {
    // Lambda targets: the ALB invokes the function (an AWS service) and answers the client itself.
    remember();
    return { kind: "delivered", hops };
  }
  const resolved = accepting.flatMap((g) => g.targets.flatMap((t) => resolveTargets(ctx.model, lb, g, t)));
  const targets = chooseTargets(lb, node, resolved);
  if ("code" in targets) {
    if (targets.detail) ctx.flow.details.add(targets.detail);
    const sentences: Partial<Record<ExplanationCode, string>> = {
      ELBV2_LISTENER_HAS_NO_TG: `The target group${accepting.length > 1 ? "s" : ""} of listener ${listener.protocol} ${listener.port} of ${lb.name} ha${accepting.length > 1 ? "ve" : "s"} no registered targets.`,
      TARGET_ADDRESS_RESTRICTION: `Load balancer ${lb.name} cannot address any registered target of ${accepting.map((g) => g.name ?? g.arn).join(", ")} (an instance not in the snapshot, a publicly routable IP target, or a target type that is not modelled); it routes only to its targets' addresses.`,
      TARGET_PORT_RESTRICTION: `The targets of ${accepting.map((g) => g.name ?? g.arn).join(", ")} have no valid registered port; a load balancer reaches a target only on its registered port.`,
      ELB_INSTALLED_AZ_RESTRICTION: `Load balancer ${lb.name} sends only to targets in its enabled Availability Zones (${zoneText(targets.zones)}); every registered target is elsewhere. Enable the targets' zones on the load balancer.`,
      ELB_NOT_CROSSZONE: `Cross-zone load balancing is off for ${lb.name}, and its node in ${node.az} has no target in ${node.az}. Turn on cross-zone load balancing, or register a target in ${node.az}.`,
    };
    return blockedAt(ctx, c, hops, targets.code, packet, { LoadBalancerListenerPort: listener.port, LoadBalancerTargetGroups: tgRefs, ...(targets.zones ? { AvailabilityZones: [...targets.zones] } : {}) }, sentences[targets.code]);
  }
  // A target cannot be its own client when its address is kept: NAT loopback (hairpinning) is not supported, the
  // connection times out (NLB troubleshooting, "Connections time out for requests from a target to its load balancer").
  // With the client's address kept, traffic must flow straight from the NLB to a target in its VPC or a peered one
  // (attribute doc, requirements): an IP target outside AWS (on premises) would answer the client directly.
  const kept = (t: LbTarget): boolean => preservesClientIp(lb, t.group, !!handoff);
  const lbVpc = ctx.model.vpcs.get(lb.vpcId);
  const beyond = (t: LbTarget): boolean =>
    t.eniId ? !sameOrPeered(ctx.model, lb.vpcId, ctx.model.enis.get(t.eniId)?.vpcId) : !!t.address && !(lbVpc && vpcCidrsContain(lbVpc, t.address));
  const usable = targets.targets.filter((t) => !(kept(t) && t.address && sameAddress(t.address, packet.src)) && !(kept(t) && beyond(t)));
  if (usable.length === 0) {
    const outside = targets.targets.every((t) => kept(t) && beyond(t));
    return blockedAt(ctx, c, hops, "ELBV2_SOURCE_ADDRESS_PRESERVATION", packet, { LoadBalancerListenerPort: listener.port, LoadBalancerTargetGroups: tgRefs },
      outside
        ? `Load balancer ${lb.name} keeps the client's address, and its targets are outside its VPC and peered VPCs (on premises, or behind a transit gateway: ${targets.targets.map((t) => (t.address ? formatAddress(t.address) : t.id)).join(", ")}): their replies would go straight to the client, not back through the load balancer. Disable client IP preservation (not possible for UDP) or register targets in the VPC.`
        : `Load balancer ${lb.name} keeps the client's address, and the client is its only eligible target: a target cannot reach itself through the load balancer (no NAT loopback). Disable client IP preservation or register another target.`);
  }
  remember();
  const fronts = [node.eniId, ...(handoff ? [handoff.endpointEniId] : [])];
  const steps: Step[] = usable.map((t) => {
    const preserve = preservesClientIp(lb, t.group, !!handoff);
    const out = translate(lb, packet, node, t, preserve);
    const data: TargetStep = { lbId: c.id, node, target: t, preserve, fronts, listenerPort: listener.port };
    return { to: "component", id: t.group.arn, packet: out, arrival: { via: "component", fromId: c.id, data } };
  });
  const first = usable[0] as LbTarget;
  const firstOut = translate(lb, packet, node, first, preservesClientIp(lb, first.group, !!handoff));
  lbHop.OutboundHeader = ctx.header(firstOut);
  (lbHop.ElasticLoadBalancerListener as Record<string, unknown>).InstancePort = first.port;
  return { kind: "next", hops, next: steps };
}

/** Does the ALB `arn` have a listener on `port` whose target groups hold interface `eniId`? */
function albForwardsTo(model: Model, index: LoadBalancerIndex, arn: string, port: number, eniId: string): boolean {
  const alb = index.loadBalancers.get(arn);
  if (!alb) return false;
  return alb.listeners.some((l) => l.port === port && l.targetGroupArns.some((a) => {
    const g = index.targetGroups.get(a);
    return !!g && g.targets.some((t) => resolveTarget(model, alb, g, t).eniId === eniId);
  }));
}

/** Is `vpcId` the load balancer's VPC, or joined to it by an active peering connection? */
function sameOrPeered(model: Model, lbVpcId: string, vpcId: string | undefined): boolean {
  if (vpcId === undefined || vpcId === lbVpcId) return vpcId !== undefined;
  for (const e of model.components.values()) {
    if (e.kind !== "vpc-peering-connection") continue;
    const d = e.data as VpcPeeringData;
    if (d.status === "active" && ((d.requesterVpcId === lbVpcId && d.accepterVpcId === vpcId) || (d.requesterVpcId === vpcId && d.accepterVpcId === lbVpcId))) return true;
  }
  return false;
}

function translate(lb: LoadBalancerData, packet: Packet, node: LbNode, target: LbTarget, preserve: boolean): Packet {
  const toTarget = withDestination(packet, target.address as Address, target.port);
  // Kept address: target rules that reference the NLB's security groups still match (NLB security groups doc).
  if (preserve) return lb.groupIds.length > 0 ? { ...toTarget, sourceGroups: [...lb.groupIds] } : toTarget;
  // The node opens its own connection to the target from an ephemeral port (1024-65535, REMAP_EPHEMERAL_PORT).
  return withSource(toTarget, node.privateIp, packet.srcPort >= 1024 ? packet.srcPort : 1024);
}

function targetGroupStep(ctx: HopContext, c: ComponentEntry, packet: Packet, data: TargetStep): HopOutcome {
  const hop = ctx.hop(c.id, { OutboundHeader: ctx.header(packet) });
  const t = data.target;
  if (ctx.leg === "forward") {
    if (t.eniId) {
      // An ALB target's node is not the end: the ALB takes the flow on to its own target (which ends the leg).
      if (!t.loadBalancerArn) ctx.flow.memory.set(deliverAtKey(t.eniId), data.fronts);
      if (data.preserve) ctx.flow.memory.set(replyViaKey(t.eniId), data.lbId);
    } else if (t.address) {
      // An IP target no interface of the snapshot holds (on premises, over VPN or Direct Connect): reached where it leaves AWS.
      ctx.flow.memory.set(deliverAtAddressKey(t.address), true);
    }
    if (data.preserve) ctx.flow.details.add("ELBV2_SOURCE_ADDRESS_PRESERVATION");
    else ctx.flow.details.add("REMAP_EPHEMERAL_PORT");
    // The target is reached on its registered port, whatever the listener's (a target SG must allow that port).
    if (t.port !== data.listenerPort) ctx.flow.details.add("TARGET_PORT_RESTRICTION");
  }
  return { kind: "next", hops: [hop], next: [{ to: "leave-interface", eniId: data.node.eniId, packet }] };
}

/** The reply, translated back to what the client sent to. */
function replyFor(flow: LbFlow, packet: Packet): Packet {
  return { ...packet, src: flow.front, srcPort: flow.frontPort, dst: flow.client, dstPort: flow.clientPort };
}

function returnLeg(ctx: HopContext, c: ComponentEntry, lb: LoadBalancerData, packet: Packet, arrivalEni: string | undefined): HopOutcome {
  const flow = ctx.flow.memory.get(c.id) as LbFlow | undefined;
  const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet), Vpc: ctx.hop(lb.vpcId).Component });
  if (!flow) return blockedAt(ctx, c, [hop], "NO_PATH", packet, {}, `Load balancer ${lb.name} received ${packet.protocol} traffic that is not the reply of a connection it forwarded.`);
  const node = lb.nodes.find((n) => n.eniId === flow.nodeEniId) as LbNode;
  hop.Subnet = ctx.hop(node.subnetId).Component;
  const hops: Hop[] = [];
  if (arrivalEni && arrivalEni !== node.eniId) {
    // A preserved-address reply taken back from the target's interface: the NACLs between target and node apply.
    const eni = ctx.model.enis.get(arrivalEni);
    if (eni && eni.subnetId !== node.subnetId) {
      const out = ctx.nacl(eni.subnetId, "egress", packet);
      hops.push(out.hop);
      if (out.blocked) return { kind: "blocked", hops, explanation: out.blocked };
      const into = ctx.nacl(node.subnetId, "ingress", packet);
      hops.push(into.hop);
      if (into.blocked) return { kind: "blocked", hops, explanation: into.blocked };
    }
  }
  const back = replyFor(flow, packet);
  hop.OutboundHeader = ctx.header(back);
  hops.push(hop);
  if (flow.handoff) return { kind: "next", hops, next: [{ to: "component", id: flow.handoff.endpointId, packet: back, arrival: { via: "component", fromId: c.id } }] };
  return { kind: "next", hops, next: [{ to: "leave-interface", eniId: node.eniId, packet: back }] };
}

export const loadBalancerFamily: ComponentFamily = {
  name: FAMILY,
  sections: { LoadBalancers: LoadBalancerSchema, Listeners: ListenerSchema, TargetGroups: TargetGroupSchema },

  load: loadAll,

  receive(ctx, c, packet, arrival) {
    if (c.kind === "target-group") {
      if (arrival.via === "component" && arrival.data) return targetGroupStep(ctx, c, packet, arrival.data as TargetStep);
      return { kind: "blocked", hops: [ctx.hop(c.id)], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: ctx.hop(c.id).Component }, packet, `Target group ${c.name ?? c.id} receives traffic only from its load balancer.`) };
    }
    const lb = c.data as LoadBalancerData;
    if (ctx.leg === "return") {
      if (arrival.via === "interface") return returnLeg(ctx, c, lb, packet, arrival.eniId);
      if (arrival.via === "outside") {
        // The reply of a request the load balancer answered itself (ping, redirect, fixed response).
        const flow = ctx.flow.memory.get(c.id) as LbFlow | undefined;
        const node = flow ? lb.nodes.find((n) => n.eniId === flow.nodeEniId) : undefined;
        if (flow && node) {
          const hop = ctx.hop(c.id, { OutboundHeader: ctx.header(packet), Subnet: ctx.hop(node.subnetId).Component, Vpc: ctx.hop(lb.vpcId).Component });
          if (flow.handoff) return { kind: "next", hops: [hop], next: [{ to: "component", id: flow.handoff.endpointId, packet, arrival: { via: "component", fromId: c.id } }] };
          return { kind: "next", hops: [hop], next: [{ to: "leave-interface", eniId: node.eniId, packet }] };
        }
      }
      return blockedAt(ctx, c, [ctx.hop(c.id)], "NO_PATH", packet);
    }
    if (arrival.via === "interface") {
      const node = lb.nodes.find((n) => n.eniId === arrival.eniId);
      if (!node) return blockedAt(ctx, c, [ctx.hop(c.id)], "UNSUPPORTED_COMPONENT", packet);
      const eni = ctx.model.enis.get(node.eniId);
      if (eni && !ownsAddress(eni, packet.dst)) return blockedAt(ctx, c, [ctx.hop(c.id, { InboundHeader: ctx.header(packet) })], "NO_POSSIBLE_DESTINATION", packet, { NetworkInterface: ctx.hop(node.eniId).Component });
      return forward(ctx, c, lb, node, packet, undefined);
    }
    if (arrival.via === "component" && arrival.data) {
      const handoff = arrival.data as PrivateLinkHandoff;
      const node = lb.nodes.find((n) => n.az === handoff.az);
      if (!node) {
        return blockedAt(ctx, c, [ctx.hop(c.id, { InboundHeader: ctx.header(packet) })], "VPCE_SERVICE_NOT_INSTALLED_IN_AZ", packet, { AvailabilityZones: [handoff.az], VpcEndpoint: ctx.hop(handoff.endpointId).Component },
          `The endpoint service's load balancer ${lb.name} has no node in ${handoff.az} (its zones: ${zoneText(lb.nodes.map((n) => n.az))}), so endpoint ${handoff.endpointId}'s interface in ${handoff.az} cannot reach it.`);
      }
      return forward(ctx, c, lb, node, packet, handoff);
    }
    return blockedAt(ctx, c, [ctx.hop(c.id, { InboundHeader: ctx.header(packet) })], "UNSUPPORTED_COMPONENT", packet, {}, `Load balancer ${lb.name} is reached at its nodes' addresses, not as a route target.`);
  },

  entriesTo(ctx, eniId) {
    // A destination interface that is a registered target of a listener on the query's port: reach it through the
    // load balancer, addressed at the node the client reaches (RA: intermediate components). The query's port is
    // the port the packet leaves the source with (the listener's); the target receives it on its registered port.
    const index = loadBalancerIndex(ctx.model);
    const port = ctx.query.DestinationPort;
    if (!index || ctx.query.Protocol === "icmp" || port === undefined) return [];
    const source = ctx.source;
    const srcEni = source?.kind === "interface" ? ctx.model.enis.get(source.eniId) : undefined;
    const publicSide = source?.kind === "component" && source.addressing === "public";
    const out: { address: Address; port: number }[] = [];
    for (const lb of index.loadBalancers.values()) {
      if (lb.type === "gateway") continue;
      for (const listener of lb.listeners) {
        if (listener.port !== port || !carries(listener.protocol, lb.type, ctx.query.Protocol)) continue;
        const groups = listener.targetGroupArns.map((a) => index.targetGroups.get(a)).filter((g): g is LbTargetGroup => !!g);
        const resolved = groups.flatMap((g) => g.targets.flatMap((t) => resolveTargets(ctx.model, lb, g, t)));
        // The interface itself, or (an alb target) an ALB whose listener on the target's port forwards to it.
        const holds = (t: LbTarget): boolean => t.eniId === eniId || (!!t.loadBalancerArn && albForwardsTo(ctx.model, index, t.loadBalancerArn, t.port, eniId));
        if (!resolved.some(holds)) continue;
        const node = chooseNode(lb, srcEni?.availabilityZone, (n) => {
          const choice = chooseTargets(lb, n, resolved);
          return "targets" in choice && choice.targets.some(holds);
        });
        if (!node) continue;
        out.push({ address: publicSide && node.publicIp ? node.publicIp : node.privateIp, port: listener.port });
      }
    }
    return out;
  },

  resolveDestination(ctx, c) {
    if (c.kind !== "load-balancer") return undefined;
    const lb = c.data as LoadBalancerData;
    const source = ctx.source;
    const srcEni = source?.kind === "interface" ? ctx.model.enis.get(source.eniId) : undefined;
    const port = ctx.query.DestinationPort ?? 0;
    const serves = (node: LbNode): boolean => {
      const choice = chooseListener(lb, ctx.query.Protocol, port);
      if ("code" in choice) return true;
      const index = loadBalancerIndex(ctx.model) as LoadBalancerIndex;
      const resolved = choice.listener.targetGroupArns.flatMap((a) => {
        const g = index.targetGroups.get(a);
        return g ? g.targets.flatMap((t) => resolveTargets(ctx.model, lb, g, t)) : [];
      });
      return !("code" in chooseTargets(lb, node, resolved));
    };
    const publicSide = source?.kind === "component" && source.addressing === "public";
    // From the internet, prefer a node whose subnet routes back to that internet gateway (a public subnet).
    const routesBack = (n: LbNode): boolean => {
      if (!publicSide || source?.kind !== "component") return true;
      const subnet = ctx.model.subnets.get(n.subnetId);
      const table = subnet ? ctx.model.routeTables.get(subnet.routeTableId) : undefined;
      return !!table?.routes.some((r) => r.target.id === source.componentId);
    };
    const node = chooseNode(lb, srcEni?.availabilityZone, (n) => serves(n) && routesBack(n));
    if (!node) return { target: { kind: "component", id: c.id } };
    const addressOf = (n: LbNode): Address => (publicSide && n.publicIp ? n.publicIp : n.privateIp);
    // DNS hands out every node that can serve: when the chosen one's path fails, the others are tried in order.
    const alternatives = lb.nodes.filter((n) => n !== node && serves(n)).map(addressOf);
    return { target: { kind: "component", id: c.id }, address: addressOf(node), alternatives };
  },
};

/** For tests and the endpoint family: the node of `lb` whose private or public address is `address`. */
export function nodeAt(lb: LoadBalancerData, address: Address): LbNode | undefined {
  return lb.nodes.find((n) => sameAddress(n.privateIp, address) || (n.publicIp && sameAddress(n.publicIp, address)));
}
