/**
 * The packet header that travels the path. Concrete values (one address, one port) so that every hop can show
 * exactly what it received and what it sent, in RA's `PacketHeader` shape.
 */
import { formatAddress, type Address } from "./cidr";

export type Protocol = "tcp" | "udp" | "icmp";

export interface Packet {
  readonly src: Address;
  readonly dst: Address;
  readonly protocol: Protocol;
  /** tcp/udp ports; 0 for icmp. */
  readonly srcPort: number;
  readonly dstPort: number;
  /** ICMP type and code; -1 for tcp/udp. Echo request is 8 (IPv4) / 128 (IPv6), echo reply 0 / 129. */
  readonly icmpType: number;
  readonly icmpCode: number;
  /** Security groups the source is vouched for beyond its address: a Network Load Balancer with security groups that kept the client's address (10.6); target rules referencing those groups match it. Replies never carry it. */
  readonly sourceGroups?: readonly string[];
  /**
   * Security group identity was dropped on the way (5.9): the packet crossed a transit gateway, or an attachment of
   * it, without security group referencing support. Rules that reference security groups do not match its source.
   */
  readonly sgReferencesDropped?: { readonly transitGatewayId: string; readonly attachmentId?: string };
}

export interface PortRange {
  From: number;
  To: number;
}

/** RA's PacketHeader (AWS: AnalysisPacketHeader). */
export interface PacketHeader {
  DestinationAddresses: string[];
  DestinationPortRanges?: PortRange[];
  Protocol: string;
  SourceAddresses: string[];
  SourcePortRanges?: PortRange[];
}

/** The IANA protocol number of the packet, as RA writes it ("6", "17", "1", "58"). */
export function protocolNumber(packet: Pick<Packet, "protocol" | "src">): number {
  switch (packet.protocol) {
    case "tcp":
      return 6;
    case "udp":
      return 17;
    case "icmp":
      return packet.src.family === 6 ? 58 : 1;
  }
}

export function isEchoRequest(packet: Packet): boolean {
  return packet.protocol === "icmp" && (packet.icmpType === 8 || packet.icmpType === 128);
}

export function isEchoReply(packet: Packet): boolean {
  return packet.protocol === "icmp" && (packet.icmpType === 0 || packet.icmpType === 129);
}

/** The reply to a packet: addresses and ports swapped; an echo request becomes an echo reply. */
export function replyTo(packet: Packet): Packet {
  let icmpType = packet.icmpType;
  if (packet.protocol === "icmp") {
    if (icmpType === 8) icmpType = 0;
    else if (icmpType === 128) icmpType = 129;
  }
  return {
    src: packet.dst,
    dst: packet.src,
    protocol: packet.protocol,
    srcPort: packet.dstPort,
    dstPort: packet.srcPort,
    icmpType,
    icmpCode: packet.icmpCode,
  };
}

export function withSource(packet: Packet, src: Address, srcPort = packet.srcPort): Packet {
  return { ...packet, src, srcPort };
}

export function withDestination(packet: Packet, dst: Address, dstPort = packet.dstPort): Packet {
  return { ...packet, dst, dstPort };
}

const hostTexts = new WeakMap<Address, string>();

function hostText(address: Address): string {
  let text = hostTexts.get(address);
  if (text === undefined) {
    text = `${formatAddress(address)}/${address.family === 4 ? 32 : 128}`;
    hostTexts.set(address, text);
  }
  return text;
}

/** Headers are built once per packet object (hops that pass a packet on unchanged share it); treat them as read-only. */
const headers = new WeakMap<Packet, PacketHeader>();

/** Renders a packet as RA's PacketHeader. */
export function headerOf(packet: Packet, sourcePorts?: PortRange): PacketHeader {
  const cached = sourcePorts ? undefined : headers.get(packet);
  if (cached) return cached;
  const header: PacketHeader = {
    DestinationAddresses: [hostText(packet.dst)],
    Protocol: String(protocolNumber(packet)),
    SourceAddresses: [hostText(packet.src)],
  };
  if (packet.protocol !== "icmp") {
    header.DestinationPortRanges = [{ From: packet.dstPort, To: packet.dstPort }];
    header.SourcePortRanges = [sourcePorts ?? { From: packet.srcPort, To: packet.srcPort }];
  }
  if (!sourcePorts) headers.set(packet, header);
  return header;
}

/** "tcp 10.0.1.5:50000 -> 10.0.2.7:443" for sentences. */
export function describePacket(packet: Packet): string {
  if (packet.protocol === "icmp") {
    return `icmp type ${packet.icmpType} ${formatAddress(packet.src)} -> ${formatAddress(packet.dst)}`;
  }
  return `${packet.protocol} ${formatAddress(packet.src)}:${packet.srcPort} -> ${formatAddress(packet.dst)}:${packet.dstPort}`;
}
