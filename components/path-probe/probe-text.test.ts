import { describe, expect, it } from "vitest";
import { analyze, parseQuery } from "@/lib/reachability";
import { loadTestNetwork } from "@/components/network/test-networks";
import { probeTextData, probeTextFromData, probeTextOf } from "./probe-text";

describe("probe text", () => {
  const { model } = loadTestNetwork("lesson-03-internet-gateways");
  const analysis = analyze(model, parseQuery({ Source: "i-web", Destination: "8.8.8.8", Protocol: "tcp", DestinationPort: 443 }));

  it("words computed on the server read the same as words from the model", () => {
    const fromModel = probeTextOf(model);
    const fromData = probeTextFromData(structuredClone(probeTextData(model, analysis)), analysis);
    expect(fromData.options).toEqual(fromModel.options);
    const hops = [...analysis.ForwardPathComponents, ...analysis.ReturnPathComponents];
    expect(hops.length).toBeGreaterThan(4);
    for (const hop of hops) {
      expect(fromData.describe(hop)).toBe(fromModel.describe(hop));
      expect(fromData.kindOf(hop.Component.Id)).toBe(fromModel.kindOf(hop.Component.Id));
    }
    expect(fromModel.describe(hops[0]!)).not.toBe("");
  });

  it("without an analysis: the endpoint list only", () => {
    const data = probeTextData(model, undefined);
    expect(data.options.map((o) => o.id)).toContain("i-web");
    expect(data.forward).toEqual([]);
  });
});
