/**
 * Source: AWS PrivateLink Guide, "Gateway endpoints" and "Gateway endpoints for Amazon S3"
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html: when you create a gateway endpoint you
 * choose the route tables of the subnets that use it, and AWS adds to each a route whose destination is the
 * service's prefix list and whose target is the endpoint; subnets whose route table was not chosen do not use it),
 * and the VPC User Guide "Route table options", routing to a gateway VPC endpoint. Semantics 9.1, 9.2.
 *
 * A concise snapshot: the endpoint lists RouteTableIds and the prefix list is described, but the route table listing
 * omits the route AWS created; the engine fills it in (contract §1: what AWS creates, a missing one is filled in).
 */
import { describe, expect, it } from "vitest";
import snapshot from "./gateway-endpoint-route-tables.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const S3 = "52.217.10.1";
const ACL = "acl-default-vpc-0b9e000000000001";
const VPCE = "vpce-0b9e0000000000s3";

describe("scenario: a gateway endpoint's route in the route tables chosen for it", () => {
  it("a subnet whose route table was chosen reaches S3 through the endpoint by its prefix-list route (9.1)", () => {
    const v = ask({ Source: "i-0b9e00000000000a", Destination: S3, Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(true);
    expect(v.forward).toEqual(["i-0b9e00000000000a", "eni-0b9e00000000000a", "sg-0b9e0000000000app", ACL, "rtb-0b9e00000000000a", VPCE]);
    expect(v.back).toEqual([VPCE, ACL, "sg-0b9e0000000000app", "eni-0b9e00000000000a", "i-0b9e00000000000a"]);
    const route = v.analysis.ForwardPathComponents[4]?.RouteTableRoute;
    expect(route?.DestinationPrefixListId).toBe("pl-63a5400a");
    expect(route?.GatewayId).toBe(VPCE);
  });

  it("a subnet whose route table was not chosen has no route to S3 (9.1)", () => {
    const v = ask({ Source: "i-0b9e00000000000b", Destination: S3, Protocol: "tcp", DestinationPort: 443 });
    expect(v.codes).toEqual(["NO_ROUTE_TO_DESTINATION"]);
    expect(v.forward.at(-1)).toBe("rtb-0b9e00000000000b");
  });

  it("a listed route is not added twice, and adding the second table to RouteTableIds serves its subnet", () => {
    const s = structuredClone(snapshot);
    s.RouteTables[0]!.Routes.push({ DestinationPrefixListId: "pl-63a5400a", GatewayId: VPCE, Origin: "CreateRoute", State: "active" } as never);
    s.VpcEndpoints[0]!.RouteTableIds.push("rtb-0b9e00000000000b");
    const { model, ask: ask2 } = scenario(s);
    expect(model.routeTables.get("rtb-0b9e00000000000a")?.routes.filter((r) => r.prefixListId === "pl-63a5400a")).toHaveLength(4);
    expect(ask2({ Source: "i-0b9e00000000000b", Destination: S3, Protocol: "tcp", DestinationPort: 443 }).forward.at(-1)).toBe(VPCE);
  });

  it("the endpoint as the destination (its first prefix-list address)", () => {
    expect(ask({ Source: "i-0b9e00000000000a", Destination: VPCE, Protocol: "tcp", DestinationPort: 443 }).found).toBe(true);
  });
});
