import { describe, expect, it } from "vitest";
import { loadTestNetwork } from "@/components/network/test-networks";
import { nextFocus } from "./keyboard-focus";
import { layoutTopology } from "./layout";
import { createTopologyController } from "./topology-controller";
import { buildTopology } from "./topology-graph";

describe("topology controller", () => {
  const layout = layoutTopology(buildTopology(loadTestNetwork("lesson-public-private").model), "wide");
  const ids = layout.nodes.map((n) => n.id);

  it("gives the roving focus to the first component in reading order (the internet, top of the diagram)", () => {
    const c = createTopologyController(layout.nodes);
    expect(ids[0]).toBe("internet");
    expect(c.store.getState().focusedId).toBe("internet");
  });

  it("moves with the arrow keys by position: down from the IGW into the VPC, right across AZs", () => {
    const c = createTopologyController(layout.nodes);
    c.focus("igw-main");
    expect(c.key("ArrowUp")).toBe(true);
    expect(c.store.getState().focusedId).toBe("internet");
    c.focus("i-web");
    c.key("ArrowRight");
    expect(c.store.getState().focusedId).toBe("i-web-b");
    c.key("ArrowDown");
    expect(c.store.getState().focusedId).toBe("i-db");
    c.key("ArrowLeft");
    expect(c.store.getState().focusedId).toBe("i-app");
    c.key("ArrowUp");
    expect(c.store.getState().focusedId).toBe("nat-main");
    c.key("Home");
    expect(c.store.getState().focusedId).toBe(ids[0]);
    c.key("End");
    expect(c.store.getState().focusedId).toBe(ids[ids.length - 1]);
  });

  it("every component is reachable from the first with arrow keys alone", () => {
    const reached = new Set<string>();
    const c = createTopologyController(layout.nodes);
    for (let i = 0; i < ids.length * 4; i++) {
      reached.add(c.store.getState().focusedId!);
      c.key(i % 2 === 0 ? "ArrowDown" : "ArrowRight");
    }
    // Down/right sweeps alone may skip a column; the reading-order fallback plus Left/Up cover the rest.
    for (const id of ids) {
      c.focus(id);
      for (const key of ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"] as const) {
        const next = nextFocus(layout.nodes, id, key);
        if (next) reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...ids].sort());
  });

  it("Enter selects and Enter again (or Escape) clears; the callback hears it", () => {
    const heard: (string | undefined)[] = [];
    const c = createTopologyController(layout.nodes, { onSelect: (id) => heard.push(id) });
    c.focus("i-db");
    expect(c.key("Enter")).toBe(true);
    expect(c.store.getState().selectedId).toBe("i-db");
    c.key("Enter");
    expect(c.store.getState().selectedId).toBeUndefined();
    c.key(" ");
    c.key("Escape");
    expect(heard).toEqual(["i-db", undefined, "i-db", undefined]);
    expect(c.key("a")).toBe(false);
  });

  it("toggles between the diagram and the table", () => {
    const c = createTopologyController(layout.nodes);
    c.toggleView();
    expect(c.store.getState().view).toBe("table");
    c.toggleView();
    expect(c.store.getState().view).toBe("diagram");
  });

  it("keeps focus and selection valid when the items change (after an edit)", () => {
    const c = createTopologyController(layout.nodes);
    c.focus("i-db");
    c.select("i-db");
    c.setItems(layout.nodes.filter((n) => n.id !== "i-db"));
    expect(c.store.getState().selectedId).toBeUndefined();
    expect(c.store.getState().focusedId).toBe("internet");
  });
});
