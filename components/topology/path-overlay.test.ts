import { describe, expect, it } from "vitest";
import { analyze, parseQuery } from "@/lib/reachability";
import { loadTestNetwork } from "@/components/network/test-networks";
import { accessibleName, componentRows } from "./component-table";
import { layoutTopology } from "./layout";
import { pathOverlay, toBorder } from "./path-overlay";
import { buildTopology } from "./topology-graph";

describe("path overlay", () => {
  const { model } = loadTestNetwork("lesson-public-private");
  const topology = buildTopology(model);
  const layout = layoutTopology(topology, "wide");
  const ask = (q: Record<string, unknown>) => pathOverlay(analyze(model, parseQuery(q)), topology, layout);

  it("a blocked request: ✓ on the source, ✗ on the subnet whose NACL blocks, the last segment dashed", () => {
    const o = ask({ Source: "i-web", Destination: "i-db", Protocol: "tcp", DestinationPort: 5432 });
    expect(o.blockedAnchor).toBe("subnet-db-b");
    expect(o.marks.map((m) => [m.anchorId, m.status])).toEqual([
      ["i-web", "ok"],
      ["subnet-db-b", "blocked"],
    ]);
    expect(o.legs).toHaveLength(1);
    expect(o.legs[0]).toMatchObject({ leg: "forward", blocked: true });
    expect(o.legs[0]!.points).toHaveLength(2);
  });

  it("a reachable connection through the NAT gateway: both legs, through the internet, all ✓", () => {
    const o = ask({ Source: "i-app", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 });
    expect(o.legs.map((l) => [l.leg, l.blocked])).toEqual([
      ["forward", false],
      ["return", false],
    ]);
    expect(o.marks.every((m) => m.status === "ok")).toBe(true);
    expect([...o.onPath]).toEqual(["i-app", "nat-main", "igw-main", "internet"]);
  });

  it("a blocking security group marks the instance it protects", () => {
    const o = ask({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 22 });
    expect(o.blockedAnchor).toBe("i-app");
    expect(o.marks.find((m) => m.status === "blocked")?.anchorId).toBe("i-app");
  });
});

describe("path overlay: components drawn once per subnet", () => {
  const { model } = loadTestNetwork("lesson-08-privatelink.json");
  const topology = buildTopology(model);
  const nlb = "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/payments-nlb/6f1e2d3c4b5a6978";
  for (const mode of ["wide", "compact"] as const) {
    it(`${mode}: lights only the load balancer node and endpoint interface the path uses`, () => {
      const layout = layoutTopology(topology, mode);
      for (const [az, destination] of [["b", "eni-pay-ep-b"], ["a", "eni-pay-ep-a"]] as const) {
        const o = pathOverlay(analyze(model, parseQuery({ Source: `i-app-${az}`, Destination: destination, Protocol: "tcp", DestinationPort: 443 })), topology, layout);
        expect([...o.onPath]).toEqual([`i-app-${az}`, `vpce-payments@subnet-app-${az}`, `${nlb}@subnet-pay-${az}`, `i-pay-${az}`]);
        expect(o.marks.map((m) => m.anchorId).sort()).toEqual([...o.onPath].sort());
      }
    });
  }
});

describe("table view and accessible names", () => {
  const topology = buildTopology(loadTestNetwork("lesson-public-private").model);
  it("lists every component with subnet, AZ, addresses and placement", () => {
    const rows = componentRows(topology);
    expect(rows.find((r) => r.id === "i-web")).toEqual({
      id: "i-web",
      name: "web",
      kind: "EC2 instance",
      vpc: "vpc-shop",
      subnet: "subnet-public-a (10.0.1.0/24)",
      availabilityZone: "us-east-1a",
      privateAddresses: "10.0.1.10",
      publicAddresses: "203.0.113.10",
      exposure: "Public subnet",
      securityGroups: "sg-web",
    });
    expect(rows.find((r) => r.id === "i-db")?.exposure).toBe("Private subnet");
    expect(rows.find((r) => r.id === "igw-main")?.exposure).toBe("VPC edge");
    expect(rows.map((r) => r.id)).toContain("nat-main");
  });
  it("names a component with what, where and its addresses", () => {
    const web = topology.vpcs[0]!.azs[0]!.subnets[0]!.nodes.find((n) => n.id === "i-web")!;
    expect(accessibleName(web, { id: "subnet-public-a", isPublic: true })).toBe(
      "web (i-web), EC2 instance, in public subnet subnet-public-a, us-east-1a, private 10.0.1.10, public 203.0.113.10",
    );
  });
});

describe("a peering connection that is not active", () => {
  const topology = buildTopology(loadTestNetwork("lesson-07-peering.json").model);
  it("is drawn with dashed links and says its state on the diagram, in its name and in the table", () => {
    expect(topology.links.filter((l) => l.to === "pcx-shared-partner").map((l) => [l.from, l.pending])).toEqual([
      ["vpc-partner", true],
      ["vpc-shared", true],
    ]);
    expect(topology.links.filter((l) => l.to === "pcx-app-shared").every((l) => !l.pending)).toBe(true);
    for (const mode of ["wide", "compact"] as const) {
      const node = layoutTopology(topology, mode).nodes.find((n) => n.id === "pcx-shared-partner")!;
      expect(node.detail).toBe("pending acceptance");
      expect(layoutTopology(topology, mode).nodes.find((n) => n.id === "pcx-app-shared")!.detail).not.toContain("pending");
    }
    const pcx = topology.connections.find((c) => c.id === "pcx-shared-partner")!;
    expect(accessibleName(pcx)).toBe("shared-partner (pcx-shared-partner), VPC peering connection, pending acceptance");
    const rows = componentRows(topology);
    expect(rows.find((r) => r.id === "pcx-shared-partner")?.kind).toBe("VPC peering connection (pending acceptance)");
    expect(rows.find((r) => r.id === "pcx-app-shared")?.kind).toBe("VPC peering connection");
  });
});

describe("toBorder", () => {
  it("moves a centre to its box's border (3 units out) towards the next point", () => {
    const box = { x: 0, y: 0, w: 100, h: 40 };
    expect(toBorder([50, 20], [250, 20], box)).toEqual([103, 20]);
    expect(toBorder([50, 20], [50, 220], box)).toEqual([50, 43]);
    expect(toBorder([50, 20], [60, 25], box)).toEqual([60, 25]);
  });
});
