import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadNetwork } from "@/components/network/load-network";
import { loadTestNetwork, networkFiles } from "@/components/network/test-networks";
import { COMPACT_WIDTH, fitText, layoutTopology, type Layout } from "./layout";
import { buildTopology } from "./topology-graph";

/** A readable, stable text form of a layout for snapshots. */
function describe_(layout: Layout): string {
  const r = (v: number) => Math.round(v);
  return [
    `${layout.mode} ${r(layout.width)}x${r(layout.height)}`,
    ...layout.boxes.map((b) => `box ${b.kind} ${b.id} [${r(b.x)},${r(b.y)} ${r(b.w)}x${r(b.h)}] "${b.label}"${b.badge ? ` ${b.badge}` : ""}`),
    ...layout.nodes.map((n) => `node ${n.node.kind} ${n.id} [${r(n.x)},${r(n.y)} ${r(n.w)}x${r(n.h)}] "${n.title}" "${n.detail}"`),
    ...layout.links.map((l) => `link ${l.kind} ${l.from} -> ${l.to} ${l.points.map((p) => `${r(p[0])},${r(p[1])}`).join(" ")}`),
  ].join("\n");
}

function inside(inner: { x: number; y: number; w: number; h: number }, outer: { x: number; y: number; w: number; h: number }) {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
}

function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const engineScenario = (name: string) => {
  const loaded = loadNetwork(JSON.parse(readFileSync(join(process.cwd(), "lib/reachability/scenarios", name), "utf8")));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.model;
};

/** Layout snapshots cover a fixed set (lesson authors add networks; the invariants below cover every one). */
const SNAPSHOTTED = new Set(["lesson-public-private.json", "lesson-peering.json", "engine scenario vpc-nat-gateway.json"]);

describe("layoutTopology", () => {
  const cases = [
    ...networkFiles().map((f) => [f, () => loadTestNetwork(f).model] as const),
    ["engine scenario vpc-nat-gateway.json", () => engineScenario("vpc-nat-gateway.json")] as const,
  ];

  describe.each(cases)("%s", (_name, load) => {
    const topology = buildTopology(load());
    for (const mode of ["wide", "compact"] as const) {
      const layout = layoutTopology(topology, mode);
      if (SNAPSHOTTED.has(_name)) {
        it(`${mode}: matches its snapshot`, () => {
          expect(describe_(layout)).toMatchSnapshot();
        });
      }
      it(`${mode}: is deterministic`, () => {
        expect(layoutTopology(buildTopology(load()), mode)).toEqual(layout);
      });
      it(`${mode}: every subnet node sits inside its subnet, every subnet inside its AZ and VPC`, () => {
        const box = new Map(layout.boxes.map((b) => [b.id, b]));
        for (const n of layout.nodes) {
          if (!n.node.subnetId) continue;
          const s = box.get(n.node.subnetId);
          expect(s && inside(n, s), `${n.id} in ${n.node.subnetId}`).toBe(true);
        }
        for (const v of topology.vpcs)
          for (const az of v.azs)
            for (const s of az.subnets) {
              expect(inside(box.get(s.id)!, box.get(`${v.id}/${az.name}`)!)).toBe(true);
              expect(inside(box.get(s.id)!, box.get(v.id)!)).toBe(true);
            }
      });
      it(`${mode}: no two components overlap, and all fit in the drawing`, () => {
        for (let i = 0; i < layout.nodes.length; i++) {
          const a = layout.nodes[i]!;
          expect(inside(a, { x: 0, y: 0, w: layout.width, h: layout.height }), a.id).toBe(true);
          for (let j = i + 1; j < layout.nodes.length; j++) expect(overlaps(a, layout.nodes[j]!), `${a.id} / ${layout.nodes[j]!.id}`).toBe(false);
        }
      });
      if (mode === "compact") {
        it("compact: fits the phone column", () => {
          expect(layout.width).toBe(COMPACT_WIDTH);
        });
      }
    }
  });

  it("puts public subnets first in each AZ and marks them in words", () => {
    const topology = buildTopology(loadTestNetwork("lesson-public-private").model);
    const az = topology.vpcs[0]!.azs[0]!;
    expect(az.subnets.map((s) => [s.id, s.isPublic])).toEqual([
      ["subnet-public-a", true],
      ["subnet-app-a", false],
    ]);
    const layout = layoutTopology(topology, "wide");
    expect(layout.boxes.find((b) => b.id === "subnet-db-b")?.badge).toBe("Private");
    expect(layout.boxes.find((b) => b.id === "subnet-public-b")?.badge).toBe("Public");
  });

  it("places the internet gateway on the VPC's top edge and the internet above the Region", () => {
    const layout = layoutTopology(buildTopology(loadTestNetwork("lesson-public-private").model), "wide");
    const vpc = layout.boxes.find((b) => b.id === "vpc-shop")!;
    const region = layout.boxes.find((b) => b.kind === "region")!;
    const igw = layout.nodes.find((n) => n.id === "igw-main")!;
    const internet = layout.nodes.find((n) => n.id === "internet")!;
    expect(igw.y + igw.h / 2).toBe(vpc.y);
    expect(internet.y + internet.h).toBeLessThan(region.y);
    expect(region.label).toBe("Region us-east-1");
  });

  it("cuts long text with an ellipsis", () => {
    expect(fitText("a-very-long-subnet-name-indeed", 80)).toBe("a-very-lo…");
    expect(fitText("short", 80)).toBe("short");
  });
});
