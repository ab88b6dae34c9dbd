import { describe, expect, it } from "vitest";
import { loadTestNetwork } from "@/components/network/test-networks";
import { cellText, createMatrixController, matrixCaption } from "./matrix-controller";

describe("reachability matrix controller", () => {
  const { model } = loadTestNetwork("lesson-public-private");
  const endpoints = ["i-web", "i-app", "i-db"];

  it("fills rows (sources) by columns (destinations), the diagonal empty", () => {
    const c = createMatrixController(model, endpoints, "tcp", 5432);
    const text = c.store.getState().cells.map((row) => row.map(cellText));
    expect(text).toEqual([
      ["—", "✗ blocked: ENI_SG_RULES_MISMATCH at sg-app", "✗ blocked: SUBNET_ACL_RESTRICTION at acl-db"],
      ["✗ blocked: ENI_SG_RULES_MISMATCH at sg-web", "—", "✓ reachable"],
      [expect.stringMatching(/^✗ blocked: /), expect.stringMatching(/^✗ blocked: /), "—"],
    ]);
    expect(matrixCaption(c.store.getState())).toBe("Can each source (row) reach each destination (column) on TCP port 5432? Computed by the reachability engine, 3 endpoints.");
  });

  it("selecting a cell hands the pair to a listener (the path probe)", () => {
    const heard: string[] = [];
    const c = createMatrixController(model, endpoints, "tcp", 5432, { onSelect: (s, d) => heard.push(`${s}>${d}`) });
    c.select("i-app", "i-db");
    c.select("i-app", "i-app");
    c.select("i-app", "i-unknown");
    expect(heard).toEqual(["i-app>i-db"]);
    expect(c.store.getState().selected).toEqual({ source: "i-app", destination: "i-db" });
  });

  it("recomputes for a new model", () => {
    const c = createMatrixController(model, endpoints, "tcp", 5432);
    const before = c.store.getState().cells;
    c.recompute(loadTestNetwork("lesson-public-private").model);
    expect(c.store.getState().cells).not.toBe(before);
    expect(c.store.getState().cells).toEqual(before);
  });
});
