import { describe, expect, it } from "vitest";
import { analyze, parseQuery } from "@/lib/reachability";
import { loadTestNetwork, networkFiles } from "@/components/network/test-networks";
import { layoutTopology, type Layout } from "./layout";
import { pathOverlay, vpcOfAnchors } from "./path-overlay";
import { buildTopology } from "./topology-graph";
import { crossesBox } from "./path-routing";

type Box = { x: number; y: number; w: number; h: number };

/** The VPC boxes a polyline runs through the inside of, other than the allowed ones. */
function crossedVpcs(points: readonly (readonly [number, number])[], layout: Layout, allowed: ReadonlySet<string>): string[] {
  const crossed = new Set<string>();
  for (const b of layout.boxes) {
    if (b.kind !== "vpc" || allowed.has(b.id)) continue;
    for (let i = 1; i < points.length; i++) if (crossesBox(points[i - 1]!, points[i]!, b)) crossed.add(b.id);
  }
  return [...crossed];
}


describe("crossesBox", () => {
  const box: Box = { x: 100, y: 100, w: 100, h: 50 };
  it("finds a segment through the inside, not one that passes by or only touches the border", () => {
    expect(crossesBox([50, 125], [250, 125], box)).toBe(true);
    expect(crossesBox([150, 0], [150, 300], box)).toBe(true);
    expect(crossesBox([50, 0], [50, 300], box)).toBe(false);
    expect(crossesBox([100, 0], [100, 300], box)).toBe(false);
    expect(crossesBox([0, 0], [90, 99], box)).toBe(false);
    expect(crossesBox([120, 120], [130, 130], box)).toBe(true);
  });
});

describe("links and paths stay out of VPCs they do not belong to", () => {
  for (const file of networkFiles()) {
    const { model } = loadTestNetwork(file);
    const topology = buildTopology(model);
    const anchorsVpc = vpcOfAnchors(topology);
    for (const mode of ["wide", "compact"] as const) {
      const layout = layoutTopology(topology, mode);
      it(`${file} ${mode}: a link from a VPC to a peering connection or transit gateway crosses no other VPC`, () => {
        for (const l of layout.links) {
          const allowed = new Set([l.from, l.to]);
          expect(crossedVpcs(l.points, layout, allowed), `${l.from} -> ${l.to}`).toEqual([]);
        }
      });
      it(`${file} ${mode}: a path between instances crosses only the VPCs of the components it passes`, () => {
        const instances = [...model.instances.values()].map((i) => i.id).sort();
        for (const source of instances)
          for (const destination of instances) {
            if (source === destination) continue;
            const overlay = pathOverlay(analyze(model, parseQuery({ Source: source, Destination: destination, Protocol: "tcp", DestinationPort: 443 })), topology, layout);
            const allowed = new Set([...overlay.onPath].map((a) => anchorsVpc.get(a)).filter((v): v is string => !!v));
            for (const leg of overlay.legs) expect(crossedVpcs(leg.points, layout, allowed), `${source} -> ${destination} (${leg.leg})`).toEqual([]);
          }
      });
    }
  }

  it("a path over a peering connection follows the connection's links (lesson 07: app to shared past partner)", () => {
    const { model } = loadTestNetwork("lesson-07-peering.json");
    const topology = buildTopology(model);
    const layout = layoutTopology(topology, "wide");
    const overlay = pathOverlay(analyze(model, parseQuery({ Source: "i-app", Destination: "i-shared", Protocol: "tcp", DestinationPort: 443 })), topology, layout);
    const forward = overlay.legs.find((l) => l.leg === "forward")!;
    const pcx = layout.nodes.find((n) => n.id === "pcx-app-shared")!;
    const toPcx = layout.links.find((l) => l.from === "vpc-app" && l.to === "pcx-app-shared")!;
    const fromPcx = layout.links.find((l) => l.from === "vpc-shared" && l.to === "pcx-app-shared")!;
    const has = (p: readonly [number, number]) => forward.points.some((q) => q[0] === p[0] && q[1] === p[1]);
    expect(toPcx.points.every(has), "runs along vpc-app's link").toBe(true);
    expect(fromPcx.points.every(has), "runs along vpc-shared's link").toBe(true);
    expect(has([pcx.x + pcx.w / 2, pcx.y + pcx.h / 2])).toBe(true);
  });
});
