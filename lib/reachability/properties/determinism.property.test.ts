/**
 * Property (c): determinism. The engine promises byte-identical output for the same snapshot and query (README,
 * contract §3). Checked: twice on one model, and on two models loaded from copies. It does not promise that
 * reordering the snapshot's lists changes nothing; where AWS's order carries no meaning (the top-level lists,
 * route table routes and associations, NACL entries and associations, instances of a reservation, prefix-list
 * CIDRs, transit gateway route table associations and propagations) the output is checked byte-identical after shuffling. Where several security group rules allow a packet,
 * RA shows one of them and the engine shows the first in listing order, so after shuffling rules and groups the
 * verdict, the codes and the hop list are checked, not the rule shown.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, loadSnapshot, parseQuery, type Analysis } from "../index";
import { generateQuery, generateSnapshot, type Json } from "./snapshot-generator";

function shuffled<T>(g: fc.GeneratorValue, items: readonly T[]): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = g(fc.nat, { max: k });
    [out[k], out[j]] = [out[j] as T, out[k] as T];
  }
  return out;
}

const list = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);

/** Shuffles the lists whose order AWS gives no meaning and the engine's output should not depend on. */
function shuffleMeaningless(g: fc.GeneratorValue, snapshot: Json): Json {
  const s = JSON.parse(JSON.stringify(snapshot)) as Json;
  for (const key of Object.keys(s)) s[key] = shuffled(g, list(s[key]));
  for (const t of list(s.RouteTables)) {
    t.Routes = shuffled(g, list(t.Routes));
    t.Associations = shuffled(g, list(t.Associations));
  }
  for (const a of list(s.NetworkAcls)) {
    a.Entries = shuffled(g, list(a.Entries));
    a.Associations = shuffled(g, list(a.Associations));
  }
  for (const r of list(s.Reservations)) r.Instances = shuffled(g, list(r.Instances));
  for (const p of list(s.PrefixLists)) p.Cidrs = shuffled(g, (p.Cidrs as string[]) ?? []);
  for (const t of list(s.TransitGatewayRouteTables)) {
    t.Associations = shuffled(g, list(t.Associations));
    t.Propagations = shuffled(g, list(t.Propagations));
  }
  return s;
}

/** Shuffles security group rules, their ranges and the groups of each interface. */
function shuffleRules(g: fc.GeneratorValue, snapshot: Json): Json {
  const s = JSON.parse(JSON.stringify(snapshot)) as Json;
  for (const sg of list(s.SecurityGroups)) {
    sg.IpPermissions = shuffled(g, list(sg.IpPermissions));
    sg.IpPermissionsEgress = shuffled(g, list(sg.IpPermissionsEgress));
  }
  for (const e of list(s.NetworkInterfaces)) e.Groups = shuffled(g, list(e.Groups));
  for (const r of list(s.Reservations)) for (const i of list(r.Instances)) i.SecurityGroups = shuffled(g, list(i.SecurityGroups));
  return s;
}

function verdict(a: Analysis): unknown {
  const ids = (hops: Analysis["ForwardPathComponents"]) => hops.map((h) => h.Component.Id).filter((id) => !id.startsWith("sg-"));
  return { found: a.NetworkPathFound, codes: a.Explanations.map((e) => e.ExplanationCode), forward: ids(a.ForwardPathComponents), back: ids(a.ReturnPathComponents) };
}

describe("property (c): determinism", () => {
  it("same snapshot and query: byte-identical JSON, on one model and on two loads", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const a = loadSnapshot(JSON.parse(JSON.stringify(s.snapshot)));
        const b = loadSnapshot(JSON.parse(JSON.stringify(s.snapshot)));
        for (let k = 0; k < 4; k++) {
          const q = parseQuery(generateQuery(g, s));
          const first = JSON.stringify(analyze(a, q));
          expect(JSON.stringify(analyze(a, q))).toBe(first);
          expect(JSON.stringify(analyze(b, q))).toBe(first);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("lists whose order carries no meaning, shuffled: byte-identical JSON", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const a = loadSnapshot(s.snapshot);
        const b = loadSnapshot(shuffleMeaningless(g, s.snapshot));
        for (let k = 0; k < 4; k++) {
          const q = parseQuery(generateQuery(g, s));
          expect(JSON.stringify(analyze(b, q))).toBe(JSON.stringify(analyze(a, q)));
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("security group rules and groups shuffled: same verdict, codes and hops (the rule shown may differ)", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const a = loadSnapshot(s.snapshot);
        const b = loadSnapshot(shuffleRules(g, s.snapshot));
        for (let k = 0; k < 4; k++) {
          const q = parseQuery(generateQuery(g, s));
          expect(verdict(analyze(b, q))).toEqual(verdict(analyze(a, q)));
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
