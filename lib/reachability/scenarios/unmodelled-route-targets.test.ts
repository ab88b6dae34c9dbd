/**
 * Source: Amazon VPC User Guide, "Route tables" / "Route table concepts" (a route's target can also be an AWS Cloud
 * WAN core network, a carrier gateway (Wavelength) or an Outposts local gateway: describe-route-tables prints
 * CoreNetworkArn, CarrierGatewayId, LocalGatewayId) and RA explanation codes (UNSUPPORTED_COMPONENT: the component
 * is not supported; RA's path components do not include these). The engine's snapshot has no section for those
 * resources, so a route to one cannot name "a resource in the snapshot": such a snapshot used to be refused whole
 * ("route target ... does not exist"). Now it loads; a packet the route sends there stops with UNSUPPORTED_COMPONENT.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./unmodelled-route-targets.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const CORE = "arn:aws:networkmanager::111122223333:core-network/core-network-0a1b2c3d4e5f6a7b8";

describe("scenario: routes to targets the engine does not model (Cloud WAN, Outposts local gateway)", () => {
  it("the snapshot loads and the other routes work (app1 -> internet through the NAT gateway)", () => {
    const v = ask({ Source: "app1", Destination: "1.1.1.1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toContain("natty");
  });

  it("a packet routed to the core network: UNSUPPORTED_COMPONENT at it, after the route table", () => {
    const v = ask({ Source: "app1", Destination: "10.99.1.1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["UNSUPPORTED_COMPONENT"]);
    expect(v.forward.slice(-2)).toEqual(["privrt", CORE]);
    expect(v.analysis.Explanations[0]?.Component?.Id).toBe(CORE);
  });

  it("a packet routed to an Outposts local gateway: UNSUPPORTED_COMPONENT", () => {
    const v = ask({ Source: "app1", Destination: "10.98.1.1", Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["UNSUPPORTED_COMPONENT"]);
    expect(v.forward.at(-1)).toBe("lgw-0a1b2c3d4e5f6a7b8");
  });

  it("such a gateway cannot be a query end", () => {
    expect(ask({ Source: "lgw-0a1b2c3d4e5f6a7b8", Destination: "app1", Protocol: "tcp", DestinationPort: 443 }).codes).toEqual(["UNSUPPORTED_COMPONENT"]);
  });
});
