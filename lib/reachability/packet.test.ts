import { describe, expect, it } from "vitest";
import { parseAddress } from "./cidr";
import { headerOf, protocolNumber, replyTo, type Packet } from "./packet";

const p: Packet = { src: parseAddress("10.0.1.5")!, dst: parseAddress("8.8.8.8")!, protocol: "tcp", srcPort: 50000, dstPort: 443, icmpType: -1, icmpCode: -1 };

describe("packet", () => {
  it("renders RA's PacketHeader", () => {
    expect(headerOf(p)).toEqual({ DestinationAddresses: ["8.8.8.8/32"], DestinationPortRanges: [{ From: 443, To: 443 }], Protocol: "6", SourceAddresses: ["10.0.1.5/32"], SourcePortRanges: [{ From: 50000, To: 50000 }] });
  });

  it("the reply swaps addresses and ports; echo request becomes echo reply", () => {
    expect(replyTo(p)).toMatchObject({ srcPort: 443, dstPort: 50000 });
    const icmp: Packet = { ...p, protocol: "icmp", srcPort: 0, dstPort: 0, icmpType: 8, icmpCode: 0 };
    expect(replyTo(icmp).icmpType).toBe(0);
    expect(headerOf(icmp).DestinationPortRanges).toBeUndefined();
  });

  it("builds a packet's header once (hops passing the packet on share it)", () => {
    expect(headerOf(p)).toBe(headerOf(p));
    expect(headerOf(p, { From: 1024, To: 65535 }).SourcePortRanges).toEqual([{ From: 1024, To: 65535 }]);
    expect(headerOf(p).SourcePortRanges).toEqual([{ From: 50000, To: 50000 }]);
  });

  it("ICMP over IPv6 is protocol 58", () => {
    expect(protocolNumber({ protocol: "icmp", src: parseAddress("::1")! })).toBe(58);
    expect(protocolNumber({ protocol: "udp", src: p.src })).toBe(17);
  });
});
