import { describe, expect, it } from "vitest";
import { loadTestNetwork, readNetwork } from "@/components/network/test-networks";
import { createNetworkLabController } from "./network-lab-controller";
import { labFirstView } from "./lesson-lab-first-view";
import { probeIdOf } from "./selection";

const probe = { source: "i-web", destination: "8.8.8.8", protocol: "tcp" as const, port: 443 };

describe("labFirstView", () => {
  const { model } = loadTestNetwork("lesson-03-internet-gateways");
  const first = labFirstView(model, { editable: ["acl-public", "rtb-public", "sg-web", "nope"], probe });

  it("shows what the live lab starts with: the same topology, layouts, probe and narrative", () => {
    const live = createNetworkLabController(readNetwork("lesson-03-internet-gateways"), { editable: ["rtb-public"], probe });
    const state = live.store.getState();
    expect(first.topology).toEqual(state.topology);
    expect(first.layouts).toEqual(state.layouts);
    const { analysis, ...fields } = live.probe.store.getState();
    expect(first.probe).toMatchObject(fields);
    expect(first.probe.analysis).toEqual(analysis);
    expect(first.probe.analysis?.NetworkPathFound).toBe(true);
    expect(first.narrative).toEqual(live.narrative());
  });

  it("lists the editable resources in the editors' order and ignores ids that are not editable", () => {
    expect(first.editable).toEqual([
      { id: "rtb-public", kind: "route-table" },
      { id: "sg-web", kind: "security-group" },
      { id: "acl-public", kind: "network-acl" },
    ]);
  });

  it("knows which id each diagram component offers to the probe", () => {
    const nodes = first.layouts.wide.nodes.map((n) => n.node);
    for (const node of nodes) expect(first.probeIds[node.id]).toBe(probeIdOf(model, node));
    expect(Object.values(first.probeIds)).toContain("i-web");
  });

  it("survives being sent to the browser (structured clone, as React's server payload carries Maps)", () => {
    expect(structuredClone(first)).toEqual(first);
  });

  it("without a complete query there is no analysis and no narrative", () => {
    const none = labFirstView(model, { probe: { source: "i-web" } });
    expect(none.probe.analysis).toBeUndefined();
    expect(none.narrative).toBeUndefined();
    expect(none.text.forward).toEqual([]);
  });
});
