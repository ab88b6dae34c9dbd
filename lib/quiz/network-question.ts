// Network questions: a live topology and a question the reachability engine answers. The key is never
// stored: for each attempt the network is (optionally) rewritten by a seeded variant, every choice is
// evaluated by the engine, and the choices it finds right form the key. A question whose engine answer does
// not select exactly `choose` choices is refused (the bank test checks the base network and many seeds).
// Pure: imports the engine and the question schema only.
import { analyze, loadSnapshot, parseQuery, type Analysis, type Model } from "@/lib/reachability";
import { QUESTION_NETWORKS } from "./network-question-networks";
import { fillPlaceholders, makeRewrite, type Rewrite } from "./network-question-variant";
import type { NetworkChange, NetworkQuery, NetworkQuestion } from "./question-schema";

type Json = Record<string, unknown>;

/** The snapshot a network question starts from (a named lesson network or its inline snapshot). */
export function baseSnapshot(question: NetworkQuestion): Json {
  if ("snapshot" in question.network) return question.network.snapshot;
  const named = QUESTION_NETWORKS[question.network.ref];
  if (!named) throw new Error(`${question.id}: network ${question.network.ref} is not registered in lib/quiz/network-question-networks.ts`);
  return named;
}

/** The components the engine names as blocking a path: the first explanation's component and the rule holders it names. */
export function blockersOf(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  const first = analysis.Explanations[0];
  if (!first || analysis.NetworkPathFound) return out;
  for (const ref of [first.Component, first.Acl, first.SecurityGroup, ...(first.SecurityGroups ?? []), first.RouteTable, first.SubnetRouteTable]) {
    if (ref?.Id) out.add(ref.Id);
  }
  return out;
}

const ID_FIELDS: Record<string, string> = {
  Vpcs: "VpcId", Subnets: "SubnetId", RouteTables: "RouteTableId", InternetGateways: "InternetGatewayId",
  EgressOnlyInternetGateways: "EgressOnlyInternetGatewayId", NatGateways: "NatGatewayId", Addresses: "AllocationId",
  SecurityGroups: "GroupId", NetworkAcls: "NetworkAclId", NetworkInterfaces: "NetworkInterfaceId",
  VpcPeeringConnections: "VpcPeeringConnectionId", VpcEndpoints: "VpcEndpointId", TransitGateways: "TransitGatewayId",
  TransitGatewayAttachments: "TransitGatewayAttachmentId", TransitGatewayVpcAttachments: "TransitGatewayAttachmentId",
  TransitGatewayRouteTables: "TransitGatewayRouteTableId", VpnGateways: "VpnGatewayId", CustomerGateways: "CustomerGatewayId",
  VpnConnections: "VpnConnectionId", LoadBalancers: "LoadBalancerArn", TargetGroups: "TargetGroupArn", Listeners: "ListenerArn",
  PrefixLists: "PrefixListId",
};

/**
 * Applies a change set by whole-field replacement (as lib/exercises/apply-changes does, without an exercise's
 * editable list: the question's author chose the changes). Reservations are changed per instance (by InstanceId).
 * A change to a resource that does not exist adds it (with its id field) to the collection. Returns a new snapshot.
 */
export function applyNetworkChanges(snapshot: Json, changes: readonly NetworkChange[]): Json {
  const next: Json = { ...snapshot };
  for (const change of changes) {
    const replace = (item: Json): Json => {
      const updated: Json = { ...item };
      for (const [field, value] of Object.entries(change.fields)) {
        if (value === null || value === undefined) delete updated[field];
        else updated[field] = value;
      }
      return updated;
    };
    if (change.collection === "Reservations") {
      let found = false;
      const reservations = (Array.isArray(next.Reservations) ? (next.Reservations as Json[]) : []).map((r) => ({
        ...r,
        Instances: (Array.isArray(r.Instances) ? (r.Instances as Json[]) : []).map((i) => {
          if (i.InstanceId !== change.id) return i;
          found = true;
          return replace(i);
        }),
      }));
      if (!found) reservations.push({ Instances: [replace({ InstanceId: change.id })] });
      next.Reservations = reservations;
      continue;
    }
    const idField = ID_FIELDS[change.collection];
    if (!idField) throw new Error(`changes to ${change.collection} are not supported (no id field known)`);
    const list = Array.isArray(next[change.collection]) ? (next[change.collection] as Json[]) : [];
    const at = list.findIndex((item) => item[idField] === change.id);
    next[change.collection] = at < 0 ? [...list, replace({ [idField]: change.id })] : list.map((item, i) => (i === at ? replace(item) : item));
  }
  return next;
}

/** What the engine found for one choice. */
export interface ChoiceVerdict {
  readonly id: string;
  readonly correct: boolean;
  /** For fix choices: why it is wrong (the goal still blocked, a connection opened that must stay closed, a refused network). */
  readonly note?: string;
}

/** One attempt's world and the engine's findings. */
export interface NetworkEvaluation {
  readonly rewrite: Rewrite;
  readonly snapshot: Json;
  readonly query: NetworkQuery;
  /** The query's analysis on the attempt's network (for fix questions: before any change). */
  readonly analysis: Analysis;
  readonly verdicts: readonly ChoiceVerdict[];
  /** Ids of the choices the engine finds right. */
  readonly correct: readonly string[];
}

function run(model: Model, query: NetworkQuery): Analysis {
  return analyze(model, parseQuery(query));
}

/** Evaluates every choice of `question` on the network rewritten for `seed` (seed 0: the network as written). */
export function evaluateNetworkQuestion(question: NetworkQuestion, seed: number): NetworkEvaluation {
  const base = baseSnapshot(question);
  const world = { snapshot: base, query: question.query, choices: question.choices, ...(question.ask === "fix" ? { keepBlocked: question.keepBlocked, keepReachable: question.keepReachable } : {}) };
  const rewrite = makeRewrite(question.variant, world, base, seed);
  const snapshot = rewrite.value(base);
  const query = rewrite.value(question.query);
  const model = loadSnapshot(snapshot);
  const analysis = run(model, query);
  let verdicts: ChoiceVerdict[];
  if (question.ask === "reachable") {
    const blockers = blockersOf(analysis);
    verdicts = question.choices.map((c) => ({
      id: c.id,
      correct: c.verdict === "reachable" ? analysis.NetworkPathFound : !analysis.NetworkPathFound && (c.blockedBy === undefined || blockers.has(rewrite.id(c.blockedBy))),
    }));
  } else if (question.ask === "blocker") {
    const blockers = blockersOf(analysis);
    verdicts = question.choices.map((c) => ({
      id: c.id,
      correct: c.component === null ? analysis.NetworkPathFound : !analysis.NetworkPathFound && blockers.has(rewrite.id(c.component)),
    }));
  } else {
    const keepBlocked = (question.keepBlocked ?? []).map((q) => rewrite.value(q));
    const keepReachable = (question.keepReachable ?? []).map((q) => rewrite.value(q));
    verdicts = question.choices.map((c) => {
      let changed: Model;
      try {
        changed = loadSnapshot(applyNetworkChanges(snapshot, rewrite.value(c.changes)));
      } catch (error) {
        return { id: c.id, correct: false, note: `the engine refuses the changed network: ${error instanceof Error ? error.message : String(error)}` };
      }
      const goal = run(changed, query);
      if (!goal.NetworkPathFound) return { id: c.id, correct: false, note: `the goal stays blocked: ${goal.Explanations[0]?.Explanation ?? "no path"}` };
      const opened = keepBlocked.find((q) => run(changed, q).NetworkPathFound);
      if (opened) return { id: c.id, correct: false, note: `it opens ${opened.Source} -> ${opened.Destination} ${opened.Protocol}/${opened.DestinationPort ?? ""}` };
      const broken = keepReachable.find((q) => !run(changed, q).NetworkPathFound);
      if (broken) return { id: c.id, correct: false, note: `it breaks ${broken.Source} -> ${broken.Destination} ${broken.Protocol}/${broken.DestinationPort ?? ""}` };
      return { id: c.id, correct: true };
    });
  }
  return { rewrite, snapshot, query, analysis, verdicts, correct: verdicts.filter((v) => v.correct).map((v) => v.id) };
}

/** The texts of a question filled for one rewrite (stem, explanation, choices' texts and explanations). */
export function fillNetworkTexts(question: NetworkQuestion, rewrite: Rewrite) {
  const base = baseSnapshot(question);
  const fill = (text: string) => fillPlaceholders(text, rewrite, base);
  return {
    stem: fill(question.stem),
    explanation: fill(question.explanation),
    choices: question.choices.map((c) => ({ id: c.id, text: fill(c.text), explanation: fill(c.explanation) })),
    focus: question.focus?.map((id) => rewrite.id(id)),
  };
}

/** Thrown when the engine's answer does not select exactly `choose` choices: the question is broken. */
export class NetworkQuestionError extends Error {
  override readonly name = "NetworkQuestionError";
}

/**
 * The evaluation used for an attempt: the seed's variant when the engine finds exactly `choose` right choices
 * on it, else the network as written (seed 0). Throws NetworkQuestionError when even the network as written
 * does not give exactly `choose` right choices.
 */
export function networkAttempt(question: NetworkQuestion, seed: number): NetworkEvaluation {
  const choose = question.choose ?? 1;
  if (question.variant && seed !== 0) {
    try {
      const varied = evaluateNetworkQuestion(question, seed);
      if (varied.correct.length === choose) return varied;
    } catch {
      // A variant the engine refuses falls back to the network as written (the bank test reports such seeds).
    }
  }
  const plain = evaluateNetworkQuestion(question, 0);
  if (plain.correct.length !== choose)
    throw new NetworkQuestionError(`${question.id}: the engine finds ${plain.correct.length} right choice(s) (${plain.correct.join(", ") || "none"}), the question says ${choose}`);
  return plain;
}
