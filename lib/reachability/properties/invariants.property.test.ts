/**
 * Property (d): invariants of every analysis on generated snapshots and queries.
 * - The return path is non-empty exactly when the forward path was delivered (tcp): a found path has one
 *   (unless UNIDIRECTIONAL_PATH_ANALYSIS_ONLY), a forward path that ends before the destination has none.
 * - A found path has no blocking explanation; a path not found has at least one, and only blocking ones.
 * - Adding an allow-all security group rule never turns a reachable path unreachable.
 * - Adding a NACL DENY rule numbered before all others, for the flow's protocol, never turns an unreachable path
 *   reachable.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADDITIONAL_DETAIL_CODES, analyze, loadSnapshot, parseQuery } from "../index";
import { generateQuery, generateSnapshot, type Json } from "./snapshot-generator";

const RUNS = { numRuns: 120 };
const list = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);

function destinationIds(model: ReturnType<typeof loadSnapshot>, destination: string): Set<string> {
  // Only instances and interfaces: a gateway as the destination may itself block (e.g. an IGW refusing a private source).
  const ids = new Set(model.instances.has(destination) || model.enis.has(destination) ? [destination] : []);
  const inst = model.instances.get(destination);
  if (inst) for (const e of inst.eniIds) ids.add(e);
  for (const eni of model.enis.values()) {
    if ([...eni.privateIps, ...eni.ipv6].some((a) => a.family === 4 && destination === `${(a.value >> 24n) & 255n}.${(a.value >> 16n) & 255n}.${(a.value >> 8n) & 255n}.${a.value & 255n}`)) {
      ids.add(eni.id);
      if (eni.instanceId) ids.add(eni.instanceId);
    }
    for (const pub of eni.publicIps.values()) {
      if (destination === `${(pub.value >> 24n) & 255n}.${(pub.value >> 16n) & 255n}.${(pub.value >> 8n) & 255n}.${pub.value & 255n}`) {
        ids.add(eni.id);
        if (eni.instanceId) ids.add(eni.instanceId);
      }
    }
  }
  return ids;
}

describe("property (d): invariants", () => {
  it("return path exactly when the forward path was delivered; explanations only when not found", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const model = loadSnapshot(s.snapshot);
        for (let k = 0; k < 4; k++) {
          const query = parseQuery(generateQuery(g, s));
          const a = analyze(model, query);
          const codes = a.Explanations.map((e) => e.ExplanationCode);
          const unidirectional = (a.AdditionalDetails ?? []).some((d) => d.AdditionalDetailType === "UNIDIRECTIONAL_PATH_ANALYSIS_ONLY");
          if (a.NetworkPathFound) {
            expect(codes.filter((c) => !ADDITIONAL_DETAIL_CODES.has(c))).toEqual([]);
            if (query.Protocol === "tcp" && !unidirectional) expect(a.ReturnPathComponents.length).toBeGreaterThan(0);
          } else {
            expect(codes.length).toBeGreaterThan(0);
            expect(codes.every((c) => !ADDITIONAL_DETAIL_CODES.has(c))).toBe(true);
          }
          if (query.Protocol !== "tcp") continue;
          const last = a.ForwardPathComponents[a.ForwardPathComponents.length - 1]?.Component.Id;
          const ends = destinationIds(model, query.Destination);
          if (a.ReturnPathComponents.length > 0) {
            // The reply exists only for a delivered request: the forward path ends at the destination (or leaves AWS towards it).
            expect(a.ForwardPathComponents.length).toBeGreaterThan(0);
          } else if (!a.NetworkPathFound && last !== undefined && ends.has(last)) {
            // The forward path reached the destination but no reply was traced: only a block at the destination itself.
            expect(codes.some((c) => c === "BAD_STATE" || c === "BAD_STATE_ATTACHMENT" || c === "ENI_SOURCE_DEST_CHECK_RESTRICTION")).toBe(true);
          }
        }
      }),
      RUNS,
    );
  }, 60_000);

  it("adding an allow-all security group rule never turns a reachable path unreachable", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const before = loadSnapshot(s.snapshot);
        const groups = list(s.snapshot.SecurityGroups);
        if (groups.length === 0) return;
        const changed = JSON.parse(JSON.stringify(s.snapshot)) as Json;
        const sg = list(changed.SecurityGroups)[g(fc.nat, { max: groups.length - 1 })] as Json;
        const allowAll = { IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] };
        const where = g(fc.nat, { max: 2 });
        if (where !== 1) sg.IpPermissions = [...list(sg.IpPermissions), allowAll];
        if (where !== 0) sg.IpPermissionsEgress = [...list(sg.IpPermissionsEgress), allowAll];
        const after = loadSnapshot(changed);
        for (let k = 0; k < 5; k++) {
          const q = parseQuery(generateQuery(g, s));
          if (analyze(before, q).NetworkPathFound) expect(analyze(after, q).NetworkPathFound).toBe(true);
        }
      }),
      RUNS,
    );
  }, 60_000);

  it("adding a NACL DENY before all other rules for the flow's protocol never turns an unreachable path reachable", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const s = generateSnapshot(g);
        const acls = list(s.snapshot.NetworkAcls);
        if (acls.length === 0) return;
        const before = loadSnapshot(s.snapshot);
        for (let k = 0; k < 5; k++) {
          const query = generateQuery(g, s);
          const q = parseQuery(query);
          if (analyze(before, q).NetworkPathFound) continue;
          const changed = JSON.parse(JSON.stringify(s.snapshot)) as Json;
          const acl = list(changed.NetworkAcls)[g(fc.nat, { max: acls.length - 1 })] as Json;
          const entries = list(acl.Entries);
          const egress = g(fc.boolean);
          const first = Math.min(...entries.filter((e) => e.Egress === egress).map((e) => e.RuleNumber as number), 100);
          const protocol = { tcp: "6", udp: "17", icmp: "1" }[q.Protocol];
          const deny: Json = { RuleNumber: first - 1, Egress: egress, Protocol: protocol, RuleAction: "deny", CidrBlock: "0.0.0.0/0" };
          if (protocol !== "1") deny.PortRange = { From: 0, To: 65535 };
          else deny.IcmpTypeCode = { Type: -1, Code: -1 };
          acl.Entries = [...entries, deny];
          expect(analyze(loadSnapshot(changed), q).NetworkPathFound).toBe(false);
        }
      }),
      RUNS,
    );
  }, 60_000);
});
