/**
 * The reachability matrix (verdict-only fast path) agrees with full analyses: for every ordered pair of
 * generated endpoints, the same NetworkPathFound, blocking code, blocking component and leg as `analyze`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery, reachabilityMatrix } from "../index";
import { generateSnapshot } from "./snapshot-generator";

describe("property: reachabilityMatrix agrees with analyze", () => {
  it("same verdict, code, blocking component and leg for every pair", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const model = loadSnapshot(s.snapshot);
        const endpoints = [...s.endpoints, ...s.gateways].slice(0, 8);
        const protocol = g(fc.constantFrom, "tcp" as const, "udp" as const, "icmp" as const);
        const port = g(fc.constantFrom, 22, 443, 3389, 8080);
        const cells = reachabilityMatrix(model, endpoints, protocol, port);
        for (const cell of cells) {
          const a = analyze(model, parseQuery({ Source: cell.Source, Destination: cell.Destination, Protocol: protocol, ...(protocol !== "icmp" ? { DestinationPort: port } : {}) }));
          const e = a.Explanations[0];
          const expected = a.NetworkPathFound || !e
            ? { Source: cell.Source, Destination: cell.Destination, NetworkPathFound: a.NetworkPathFound }
            : { Source: cell.Source, Destination: cell.Destination, NetworkPathFound: false, ExplanationCode: e.ExplanationCode, ...(e.Component ? { BlockedAt: e.Component.Id } : {}), Leg: a.ReturnPathComponents.length > 0 ? "return" : "forward" };
          expect(cell).toEqual(expected);
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
