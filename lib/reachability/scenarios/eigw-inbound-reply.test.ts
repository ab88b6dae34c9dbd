/**
 * Source: AWS VPC User Guide, "Enable outbound IPv6 traffic using an egress-only internet gateway"
 * (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html: the gateway is stateful,
 * lets instances start IPv6 connections and stops the internet from starting IPv6 connections with them) and
 * "Enable internet access for a VPC using an internet gateway" (an IPv6 subnet reachable from the internet routes
 * ::/0 to the internet gateway). Semantics 3.1-3.3. RA analyses IPv4 only (0.6): these answers are the engine's own.
 *
 * A dual-stack VPC with one internet gateway and one egress-only gateway. The "public" subnet routes ::/0 to the
 * internet gateway; the "egress" subnet routes ::/0 to the egress-only gateway. A connection from the internet
 * addressed to the egress subnet's instance arrives (the internet gateway carries inbound IPv6 to any address of
 * the VPC), but its reply is routed to the egress-only gateway, which carries only connections the VPC starts:
 * EIGW_OUTBOUND_ONLY on the return leg (not NO_POSSIBLE_DESTINATION).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./eigw-inbound-reply.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const INTERNET = "2001:db8:5::7";
const IGW = "igw-0e6a000000000001";
const EIGW = "eigw-0e6a00000000001";
const ACL = "acl-default-vpc-0e6a000000000001";
const SG = "sg-0e6a000000000web";

describe("scenario: IPv6 from the internet into a subnet whose ::/0 route is an egress-only gateway", () => {
  it("::/0 to the internet gateway: reachable both ways (3.1, 2.1)", () => {
    const v = ask({ Source: IGW, SourceIp: INTERNET, Destination: "i-0e6a0000000000pub", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual([IGW, ACL, SG, "eni-0e6a00000000000pub", "i-0e6a0000000000pub"]);
    expect(v.back).toEqual(["i-0e6a0000000000pub", "eni-0e6a00000000000pub", SG, ACL, "rtb-0e6a0000000public", IGW]);
  });

  it("::/0 to the egress-only gateway: the request arrives, the reply is refused at the egress-only gateway (3.1, 3.3)", () => {
    const v = ask({ Source: IGW, SourceIp: INTERNET, Destination: "i-0e6a0000000000egr", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual([IGW, ACL, SG, "eni-0e6a00000000000egr", "i-0e6a0000000000egr"]);
    expect(v.back).toEqual(["i-0e6a0000000000egr", "eni-0e6a00000000000egr", SG, ACL, "rtb-0e6a0000000egress", EIGW]);
    const e = v.analysis.Explanations[0];
    expect(e?.Component?.Id).toBe(EIGW);
    expect(e?.Direction).toBe("egress");
  });

  it("the same instance starts its own IPv6 connection out through the egress-only gateway (3.1)", () => {
    const v = ask({ Source: "i-0e6a0000000000egr", Destination: INTERNET, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward.at(-1)).toBe(EIGW);
    expect(v.back[0]).toBe(EIGW);
  });

  it("a connection started from the internet at the egress-only gateway is refused there (3.3)", () => {
    const v = ask({ Source: EIGW, SourceIp: INTERNET, Destination: "i-0e6a0000000000egr", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["EIGW_OUTBOUND_ONLY"]);
    expect(v.forward).toEqual([EIGW]);
  });
});
