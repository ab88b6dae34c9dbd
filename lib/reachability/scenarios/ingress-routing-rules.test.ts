/**
 * Source: AWS VPC User Guide, "Gateway route tables", rules and considerations
 * (https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html: "for traffic that flows through an
 * internet gateway, the target network interface must also have a public IP address"; return traffic from the
 * destination subnet must be routed through the same appliance, asymmetric routing is not supported) and the RA
 * explanation codes INGRESS_RTB_NO_PUBLIC_IP and INGRESS_RTB_TRAFFIC_REDIRECTION. Semantics 1.12.
 *
 * Snapshot: ingress-routing.json (an internet gateway whose edge route table sends subnet-web's CIDR to the
 * firewall interface eni-fw; subnet-web routes 0.0.0.0/0 to eni-fw).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./ingress-routing.json";
import { scenario } from "./harness";

function variant(change: (s: typeof snapshot) => void) {
  const s = structuredClone(snapshot);
  change(s);
  return scenario(s);
}

const FROM_INTERNET = { Source: "igw-inspect", SourceIp: "198.51.100.7", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 };

describe("scenario: gateway route table rules (1.12)", () => {
  const noPublicIp = variant((s) => {
    delete (s.NetworkInterfaces.find((e) => e.NetworkInterfaceId === "eni-fw") as Record<string, unknown>).Association;
  });

  it("the middlebox interface has no public IP: INGRESS_RTB_NO_PUBLIC_IP at the gateway route table", () => {
    const v = noPublicIp.ask(FROM_INTERNET);
    expect(v.codes).toEqual(["INGRESS_RTB_NO_PUBLIC_IP"]);
    expect(v.forward).toEqual(["igw-inspect", "rtb-edge"]);
    expect(v.analysis.Explanations[0]?.NetworkInterface?.Id).toBe("eni-fw");
    expect(v.analysis.Explanations[0]?.IngressRouteTable?.Id).toBe("rtb-edge");
  });

  it("the same appliance without a public IP stops the reply of an outbound connection on its way in", () => {
    const v = noPublicIp.ask({ Source: "i-web", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["INGRESS_RTB_NO_PUBLIC_IP"]);
    expect(v.back).toEqual(["igw-inspect", "rtb-edge"]);
  });

  const asymmetric = variant((s) => {
    const rtb = s.RouteTables.find((t) => t.RouteTableId === "rtb-web") as { Routes: Record<string, unknown>[] };
    const route = rtb.Routes.find((r) => r.DestinationCidrBlock === "0.0.0.0/0") as Record<string, unknown>;
    delete route.NetworkInterfaceId;
    delete route.InstanceId;
    route.GatewayId = "igw-inspect";
  });

  it("the protected subnet routes straight to the internet gateway: the reply bypasses the appliance (INGRESS_RTB_TRAFFIC_REDIRECTION)", () => {
    const v = asymmetric.ask(FROM_INTERNET);
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["INGRESS_RTB_TRAFFIC_REDIRECTION"]);
    expect(v.back).toEqual(["i-web", "eni-web", "sg-web", "acl-default-vpc-inspect", "rtb-web", "igw-inspect"]);
  });

  it("and an outbound connection from that subnet straight to the internet gateway is refused there", () => {
    const v = asymmetric.ask({ Source: "i-web", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["INGRESS_RTB_TRAFFIC_REDIRECTION"]);
    expect(v.forward.at(-1)).toBe("igw-inspect");
  });

  it("the documented symmetric setup is unaffected, and the appliance itself reaches the internet directly", () => {
    const { ask } = scenario(snapshot);
    expect(ask(FROM_INTERNET).found).toBe(true);
    expect(ask({ Source: "i-fw", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }).found).toBe(true);
  });
});
