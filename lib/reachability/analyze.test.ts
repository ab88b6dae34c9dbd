import { describe, expect, it } from "vitest";
import fc from "fast-check";
import snapshot from "./scenarios/simple-vpc.json";
import { analyze, loadSnapshot, parseQuery } from "./index";

const model = loadSnapshot(snapshot);

describe("analyze", () => {
  it("is deterministic: same input, byte-identical output", () => {
    const q = parseQuery({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 });
    expect(JSON.stringify(analyze(model, q))).toBe(JSON.stringify(analyze(loadSnapshot(snapshot), q)));
  });

  it("shows the analysed path with the default source port", () => {
    const a = analyze(model, parseQuery({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 }));
    expect(a.NetworkInsightsPath.SourcePort).toBe(50000);
    expect(a.ForwardPathComponents[0]?.OutboundHeader?.SourcePortRanges).toEqual([{ From: 50000, To: 50000 }]);
  });

  it("unknown ends give NO_SOURCE_OR_DESTINATION, not an exception", () => {
    expect(analyze(model, parseQuery({ Source: "i-x", Destination: "i-app", Protocol: "icmp" })).Explanations[0]?.ExplanationCode).toBe("NO_SOURCE_OR_DESTINATION");
    expect(analyze(model, parseQuery({ Source: "i-web", Destination: "nope", Protocol: "icmp" })).Explanations[0]?.ExplanationCode).toBe("NO_SOURCE_OR_DESTINATION");
  });

  it("an id the snapshot holds that cannot be an end is UNSUPPORTED_COMPONENT", () => {
    expect(analyze(model, parseQuery({ Source: "i-web", Destination: "vpc-shop", Protocol: "icmp" })).Explanations[0]?.ExplanationCode).toBe("UNSUPPORTED_COMPONENT");
    expect(analyze(model, parseQuery({ Source: "subnet-web", Destination: "i-app", Protocol: "icmp" })).Explanations[0]?.ExplanationCode).toBe("UNSUPPORTED_COMPONENT");
  });

  it("numbers path components from 1 and gives every explanation a sentence", () => {
    const a = analyze(model, parseQuery({ Source: "i-app", Destination: "igw-main", Protocol: "tcp", DestinationPort: 443 }));
    expect(a.ForwardPathComponents.map((c) => c.SequenceNumber)).toEqual(a.ForwardPathComponents.map((_, i) => i + 1));
    expect(a.Explanations[0]?.Explanation.length).toBeGreaterThan(20);
  });

  it("never throws for any query over the snapshot's ids (property)", () => {
    const ids = ["i-web", "i-app", "igw-main", "eni-of-i-web", "sg-web", "10.0.1.10", "8.8.8.8", "2001:db8::1", "vpc-shop"];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom("tcp", "udp", "icmp"), fc.integer({ min: 0, max: 65535 }), (s, d, p, port) => {
        const a = analyze(model, parseQuery({ Source: s, Destination: d, Protocol: p, DestinationPort: port }));
        expect(typeof a.NetworkPathFound).toBe("boolean");
        if (!a.NetworkPathFound) expect(a.Explanations.length).toBeGreaterThan(0);
        else expect(a.ReturnPathComponents.length + (a.AdditionalDetails?.length ?? 0)).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
