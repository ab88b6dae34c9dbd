// The question bank: every content/questions/*.json parses, links to a real lesson section, covers every topic
// of the two course sources and every exam domain, and every network question's key is computed by the engine
// (for the network as written and for many seeds of each variant).
// Run: npx vitest run lib/quiz
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listLessons } from "@/lib/content/lessons";
import { analyze, loadSnapshot, parseQuery } from "@/lib/reachability";
import { baseSnapshot, evaluateNetworkQuestion, fillNetworkTexts } from "./network-question";
import { QUESTION_NETWORKS } from "./network-question-networks";
import { LEFTOVER_PLACEHOLDER } from "./network-question-variant";
import { instantiateQuestion } from "./question-instance";
import { DOMAINS, questionFileSchema, type NetworkQuestion, type Question } from "./question-schema";

const QUESTIONS_DIR = path.join(process.cwd(), "content", "questions");
const files = readdirSync(QUESTIONS_DIR).filter((f) => f.endsWith(".json")).sort();
const lessons = new Map(listLessons().map((l) => [l.slug, new Set(l.headings.map((h) => h.id))]));

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(QUESTIONS_DIR, file), "utf8"));
}

function parsed(file: string): Question[] {
  return questionFileSchema.parse(load(file));
}

const all: Question[] = files.flatMap((f) => {
  const result = questionFileSchema.safeParse(load(f));
  return result.success ? result.data : [];
});
const network = all.filter((q): q is NetworkQuestion => q.kind === "network");
const varied = network.filter((q) => q.variant);

/** Seeds tried for every variant question (besides 0, the network as written). */
const SEEDS = Array.from({ length: 24 }, (_, i) => 1 + i * 7919);

/**
 * Every topic of the two course sources (/work/shared/seeds), as the topic tags questions use. A source topic
 * is covered when some question carries its tag. Keep this list in step with the sources.
 */
export const SOURCE_TOPICS: Record<string, readonly string[]> = {
  "aws-fundamentals-part-7": [
    "vpc", "default-vpc", "cidr", "subnet", "availability-zone", "public-subnet", "private-subnet", "internet-gateway",
    "public-ip", "elastic-ip", "byoip", "one-to-one-nat", "route-table", "main-route-table", "default-route", "nat-gateway",
    "load-balancer", "application-load-balancer", "network-load-balancer", "classic-load-balancer", "listener", "target-group",
    "internal-load-balancer", "security-group", "stateful", "vpc-peering", "peering-non-transitive", "overlapping-cidr",
    "transit-vpc", "transit-gateway", "transit-gateway-route-table", "route-propagation", "ecmp", "vpc-endpoint",
    "interface-endpoint", "gateway-endpoint", "privatelink", "endpoint-service", "direct-connect", "virtual-interface", "bgp",
    "site-to-site-vpn", "virtual-private-gateway", "customer-gateway", "vpn-redundancy",
  ],
  boa207: [
    "region", "availability-zone", "points-of-presence", "vpc", "cidr", "subnet", "eni", "route-table", "network-acl",
    "stateless", "security-group", "stateful", "internet-gateway", "public-ip", "instance-metadata", "egress-only-internet-gateway",
    "ipv6", "internet-access-checklist", "gateway-endpoint", "interface-endpoint", "privatelink", "vpc-peering", "peering-quotas",
    "transit-gateway", "transit-gateway-quotas", "site-to-site-vpn", "direct-connect", "direct-connect-gateway", "flow-logs",
    "traffic-mirroring", "reachability-analyzer", "aws-services",
  ],
  brief: ["reserved-addresses", "longest-prefix-match", "local-route", "ephemeral-ports", "security-group-reference", "ssh-lockdown"],
};

function prefixOf(cidr: string): number {
  const [address, prefix] = cidr.split("/");
  const octets = (address ?? "").split(".").map(Number);
  const bits = Number(prefix);
  expect(octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255), `${cidr}: octets`).toBe(true);
  expect(bits >= 0 && bits <= 32, `${cidr}: prefix`).toBe(true);
  return bits;
}

function texts(q: Question): string[] {
  return [q.stem, q.explanation, ...(q.kind === "numeric" ? [] : q.choices.flatMap((c) => [c.text, c.explanation]))];
}

describe("content/questions", () => {
  it("has a file", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s parses with the schema", (file) => {
    const result = questionFileSchema.safeParse(load(file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it.each(files)("%s is named after a lesson and its questions link to existing lesson headings", (file) => {
    const slug = file.replace(/\.json$/, "");
    expect(lessons.has(slug), `no lesson ${slug}`).toBe(true);
    for (const q of parsed(file)) {
      const headings = lessons.get(q.lesson.slug);
      expect(headings, `${q.id}: no lesson ${q.lesson.slug}`).toBeDefined();
      expect(headings?.has(q.lesson.section), `${q.id}: no heading #${q.lesson.section} in ${q.lesson.slug}`).toBe(true);
    }
  });

  it("ids are unique across files", () => {
    const ids = files.flatMap((f) => parsed(f).map((q) => q.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it("holds at least 160 questions, with a mix of kinds", () => {
    expect(all.length).toBeGreaterThanOrEqual(160);
    const count = (kind: Question["kind"]) => all.filter((q) => q.kind === kind).length;
    expect(count("single")).toBeGreaterThanOrEqual(60);
    expect(count("multiple")).toBeGreaterThanOrEqual(20);
    expect(count("numeric")).toBeGreaterThanOrEqual(10);
    expect(network.length).toBeGreaterThanOrEqual(20);
    expect(varied.length).toBeGreaterThanOrEqual(8);
    for (const ask of ["reachable", "blocker", "fix"] as const) expect(network.filter((q) => q.ask === ask).length, ask).toBeGreaterThanOrEqual(4);
  });

  it("covers every topic of both course sources", () => {
    const used = new Set(all.flatMap((q) => q.topics));
    const missing = Object.entries(SOURCE_TOPICS).flatMap(([source, topics]) => topics.filter((t) => !used.has(t)).map((t) => `${source}: ${t}`));
    expect(missing).toEqual([]);
  });

  it("covers every exam domain, each with several questions", () => {
    for (const domain of DOMAINS) expect(all.filter((q) => q.domains.includes(domain)).length, domain).toBeGreaterThanOrEqual(8);
  });

  it("every lesson has questions", () => {
    for (const slug of lessons.keys()) expect(all.filter((q) => q.lesson.slug === slug).length, slug).toBeGreaterThanOrEqual(10);
  });

  it("choice texts are distinct within a question, and no text keeps a placeholder outside network questions", () => {
    for (const q of all) {
      if (q.kind !== "numeric") expect(new Set(q.choices.map((c) => c.text)).size, q.id).toBe(q.choices.length);
      if (q.kind !== "network") for (const t of texts(q)) expect(LEFTOVER_PLACEHOLDER.test(t), `${q.id}: ${t}`).toBe(false);
    }
  });

  it.each(files)("%s: answers follow the rules of their kind", (file) => {
    for (const q of parsed(file)) {
      if (q.kind === "single") {
        expect(q.choices.filter((c) => c.id === q.answer), q.id).toHaveLength(1);
      } else if (q.kind === "multiple") {
        expect(q.answer.choose, q.id).toBe(q.answer.ids.length);
        expect(new Set(q.answer.ids).size, q.id).toBe(q.answer.ids.length);
        for (const a of q.answer.ids) expect(q.choices.some((c) => c.id === a), `${q.id}: ${a}`).toBe(true);
        expect(q.choices.length - q.answer.ids.length, `${q.id}: distractors`).toBeGreaterThanOrEqual(q.answer.ids.length + 1);
      } else if (q.kind === "numeric") {
        expect(typeof q.answer.value, q.id).toBe("number");
        expect(Number.isFinite(q.answer.value), q.id).toBe(true);
      }
      if (q.kind !== "numeric") {
        expect(new Set(q.choices.map((c) => c.id)).size, `${q.id}: choice ids`).toBe(q.choices.length);
      }
    }
  });

  it.each(files)("%s: subnet arithmetic is recomputed", (file) => {
    for (const q of parsed(file)) {
      if (!q.check) continue;
      expect(q.kind, `${q.id}: check needs a numeric question`).toBe("numeric");
      if (q.kind !== "numeric") continue;
      const tolerance = q.answer.tolerance ?? 0;
      if (q.check.usableAddressesIn) {
        const expected = 2 ** (32 - prefixOf(q.check.usableAddressesIn)) - 5;
        expect(Math.abs(q.answer.value - expected), `${q.id}: usable in ${q.check.usableAddressesIn} is ${expected}`).toBeLessThanOrEqual(tolerance);
      }
      if (q.check.totalAddressesIn) {
        const expected = 2 ** (32 - prefixOf(q.check.totalAddressesIn));
        expect(Math.abs(q.answer.value - expected), `${q.id}: total in ${q.check.totalAddressesIn} is ${expected}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it("every question instantiates (network keys computed by the engine)", () => {
    for (const q of all) {
      const instance = instantiateQuestion(q, 12345);
      expect(instance.questionId).toBe(q.id);
      if (instance.kind === "single") expect(instance.choices.some((c) => c.id === instance.key), q.id).toBe(true);
    }
  });
});

describe("network questions: the engine computes every key", () => {
  it("name only registered networks, and those load", () => {
    for (const q of network) {
      if ("ref" in q.network) expect(QUESTION_NETWORKS[q.network.ref], `${q.id}: ${q.network.ref}`).toBeDefined();
      expect(() => loadSnapshot(baseSnapshot(q)), q.id).not.toThrow();
    }
  });

  it.each(network.map((q) => [q.id, q] as const))("%s: the network as written has exactly the stated number of right choices", (_id, q) => {
    const evaluation = evaluateNetworkQuestion(q, 0);
    expect(evaluation.correct.length, `${q.id}: right choices ${evaluation.correct.join(",")} (${JSON.stringify(evaluation.verdicts)})`).toBe(q.choose ?? 1);
    if (q.ask === "fix") {
      expect(evaluation.analysis.NetworkPathFound, `${q.id}: the goal must be blocked before any change`).toBe(false);
      for (const k of q.keepBlocked ?? []) expect(analyze(loadSnapshot(evaluation.snapshot), parseQuery(k)).NetworkPathFound, `${q.id}: keepBlocked holds at the start`).toBe(false);
    }
    if (q.ask === "blocker" || (q.ask === "reachable" && !evaluation.analysis.NetworkPathFound)) {
      // A "blocked" question must be blocked by something a choice names, not by a broken snapshot.
      expect(evaluation.analysis.Explanations[0]?.ExplanationCode, q.id).not.toBe("NO_SOURCE_OR_DESTINATION");
    }
    const filled = fillNetworkTexts(q, evaluation.rewrite);
    for (const t of [filled.stem, filled.explanation, ...filled.choices.flatMap((c) => [c.text, c.explanation])]) expect(LEFTOVER_PLACEHOLDER.test(t), `${q.id}: ${t}`).toBe(false);
  });

  it.each(varied.map((q) => [q.id, q] as const))("%s: every seed of its variant gives a fresh network and exactly the stated number of right choices", (_id, q) => {
    const base = JSON.stringify(evaluateNetworkQuestion(q, 0).snapshot);
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const evaluation = evaluateNetworkQuestion(q, seed);
      const snapshot = JSON.stringify(evaluation.snapshot);
      seen.add(snapshot);
      expect(snapshot === base, `${q.id} seed ${seed}: the variant changed nothing`).toBe(false);
      expect(evaluation.correct.length, `${q.id} seed ${seed}: right choices ${evaluation.correct.join(",")} (${JSON.stringify(evaluation.verdicts)})`).toBe(q.choose ?? 1);
      const filled = fillNetworkTexts(q, evaluation.rewrite);
      const all = [filled.stem, filled.explanation, ...filled.choices.flatMap((c) => [c.text, c.explanation])];
      for (const t of all) expect(LEFTOVER_PLACEHOLDER.test(t), `${q.id} seed ${seed}: ${t}`).toBe(false);
      // With fresh ids, a text that names a base id literally would describe a resource the learner cannot see.
      for (const old of evaluation.rewrite.renamedIds.keys()) {
        const named = new RegExp(`(^|[^a-z0-9-])${old.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9-])`);
        for (const t of all) expect(named.test(t), `${q.id} seed ${seed}: "${old}" in ${t}`).toBe(false);
      }
      // With moved CIDR blocks, a literal address in a text (outside a placeholder) that the variant moves would be stale.
      for (const t of [q.stem, q.explanation, ...q.choices.flatMap((c) => [c.text, c.explanation])]) {
        for (const literal of t.replace(/\{[^{}]*\}/g, " ").match(/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b/g) ?? [])
          expect(evaluation.rewrite.address(literal), `${q.id} seed ${seed}: "${literal}" moves; write it as a {cidr:...} or {ip:...} placeholder`).toBe(literal);
      }
      // The same seed gives the same attempt.
      expect(JSON.stringify(evaluateNetworkQuestion(q, seed).snapshot)).toBe(snapshot);
    }
    expect(seen.size, `${q.id}: distinct variants`).toBeGreaterThanOrEqual(SEEDS.length / 3);
  });
});
