/**
 * Source: Reachability Analyzer, "How Reachability Analyzer works" (VPC endpoints are valid sources) and
 * "Reachability Analyzer explanation codes": NO_PATH ("an interface VPC endpoint or gateway VPC endpoint can't
 * initiate connections with components in the same VPC"), VPCE_INTRA_VPC_TRAFFIC ("a VPC endpoint cannot initiate
 * connections to resources in its own VPC"); PrivateLink Guide, gateway endpoints (traffic is initiated from the
 * VPC to the service). Semantics 9.3, 9.6, 14.2.
 * A gateway endpoint as the query Source was refused as UNSUPPORTED_COMPONENT with no hop; the interface endpoint
 * answer (interface-endpoint.ts) is used for the same question: its own VPC VPCE_INTRA_VPC_TRAFFIC, elsewhere NO_PATH.
 */
import { describe, expect, it } from "vitest";
import snapshot from "./gateway-endpoint-route-tables.json";
import { scenario } from "./harness";

const { ask } = scenario(snapshot);
const VPCE = "vpce-0b9e0000000000s3";

describe("scenario: a gateway endpoint as the query source", () => {
  it("cannot initiate a connection to an instance of its own VPC (VPCE_INTRA_VPC_TRAFFIC at the endpoint)", () => {
    const v = ask({ Source: VPCE, Destination: "i-0b9e00000000000a", Protocol: "tcp", DestinationPort: 22 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["VPCE_INTRA_VPC_TRAFFIC"]);
    expect(v.forward).toEqual([VPCE]);
    expect(v.analysis.Explanations[0]?.VpcEndpoint?.Id).toBe(VPCE);
  });

  it("cannot initiate anything elsewhere either (NO_PATH)", () => {
    const v = ask({ Source: VPCE, Destination: "198.51.100.10", Protocol: "tcp", DestinationPort: 443 });
    expect(v.found).toBe(false);
    expect(v.codes).toEqual(["NO_PATH"]);
    expect(v.forward).toEqual([VPCE]);
  });
});
