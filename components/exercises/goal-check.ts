/**
 * "Check" in the browser: the learner's changes applied to the starting network exactly as the server will
 * apply them (loadChangedNetwork), then every visible goal evaluated by the engine (evaluateGoals). For a goal
 * not met, the concrete packet and what decided its fate, in the console's words: the rule or route that blocked
 * it, or (for a path that should be blocked) the rules and routes that let it through. Hidden goals are graded
 * on the server only. Pure: no React.
 */
import type { Analysis, Model, PacketHeader, PathComponent } from "@/lib/reachability";
import { ChangeRefused, loadChangedNetwork } from "@/lib/exercises/apply-changes";
import { evaluateGoals } from "@/lib/exercises/goals";
import { describeHop, formatHeader } from "@/components/network/hop-text";
import { isHidden, type PlayerExercise, type VisibleGoal } from "./player-types";
import { changesFrom } from "./submission-changes";

export interface GoalExplanation {
  /** The packet, e.g. "tcp 10.0.1.10:50000 → 10.0.4.10:5432"; for a blocked reply, the reply packet. */
  readonly packet: string;
  /** "request" or "reply": which of the two the decision was about. */
  readonly leg: "request" | "reply";
  /** What decided it, in the console's words: one sentence per rule or route. */
  readonly decidedBy: readonly string[];
  /** The engine's explanation code for a blocked path (e.g. SUBNET_ACL_RESTRICTION). */
  readonly code?: string;
}

export interface CheckedGoal {
  readonly id: string;
  readonly description: string;
  readonly expect: "reachable" | "blocked";
  readonly met: boolean;
  readonly found: "reachable" | "blocked";
  readonly analysis: Analysis;
  readonly explanation: GoalExplanation;
}

export type CheckResult =
  | { readonly ok: true; readonly goals: readonly CheckedGoal[]; readonly model: Model; readonly hiddenCount: number }
  | { readonly ok: false; readonly error: string; readonly path: string };

function headerOf(hop: PathComponent | undefined, prefer: "in" | "out"): PacketHeader | undefined {
  if (!hop) return undefined;
  return prefer === "in" ? (hop.InboundHeader ?? hop.OutboundHeader) : (hop.OutboundHeader ?? hop.InboundHeader);
}

function firstHeader(hops: readonly PathComponent[]): PacketHeader | undefined {
  for (const hop of hops) {
    const h = headerOf(hop, "out");
    if (h) return h;
  }
  return undefined;
}

function queryText(analysis: Analysis): string {
  const q = analysis.NetworkInsightsPath;
  const port = q.DestinationPort !== undefined ? `:${q.DestinationPort}` : "";
  return `${q.Protocol} ${q.SourceIp ?? q.Source} → ${q.DestinationIp ?? q.Destination}${port}`;
}

/** The packet and the deciding rule or route of one analysis. */
export function explainAnalysis(model: Model, analysis: Analysis): GoalExplanation {
  if (!analysis.NetworkPathFound) {
    const e = analysis.Explanations[0];
    const onReply = analysis.ReturnPathComponents.length > 0;
    const hops = onReply ? analysis.ReturnPathComponents : analysis.ForwardPathComponents;
    const last = hops[hops.length - 1];
    const header = headerOf(last, "in") ?? firstHeader(hops) ?? (onReply ? undefined : firstHeader(analysis.ForwardPathComponents));
    const decidedBy: string[] = [];
    if (e) {
      if (e.AclRule) {
        const r = e.AclRule;
        const num = r.RuleNumber >= 32767 ? "*" : String(r.RuleNumber);
        decidedBy.push(`Network ACL ${e.Acl?.Id ?? e.Component?.Id ?? "?"} ${e.Direction === "egress" ? "outbound" : "inbound"} rule ${num}: ${r.RuleAction.toUpperCase()}.`);
      }
      decidedBy.push(e.Explanation);
    } else {
      decidedBy.push("The packet is not delivered.");
    }
    return { packet: header ? formatHeader(header) : queryText(analysis), leg: onReply ? "reply" : "request", decidedBy, ...(e ? { code: e.ExplanationCode } : {}) };
  }
  // Reachable although it should not be: the rules and routes that let the request through.
  const allowing = analysis.ForwardPathComponents.filter((hop) => hop.SecurityGroupRule || hop.AclRule || hop.RouteTableRoute).map((hop) => describeHop(model, hop));
  const header = firstHeader(analysis.ForwardPathComponents);
  return {
    packet: header ? formatHeader(header) : queryText(analysis),
    leg: "request",
    decidedBy: allowing.length > 0 ? ["It is delivered, and the reply returns. Let through by:", ...allowing] : ["It is delivered, and the reply returns."],
  };
}

/** Applies the edits as changes to the starting network and evaluates the visible goals. */
export function checkExercise(exercise: PlayerExercise, edited: Readonly<Record<string, unknown>>): CheckResult {
  const changes = changesFrom(exercise.network, edited, exercise.editable);
  let model: Model;
  try {
    model = loadChangedNetwork(exercise.network, exercise.editable, changes).model;
  } catch (error) {
    if (error instanceof ChangeRefused) return { ok: false, error: error.message, path: error.path };
    throw error;
  }
  const visible = exercise.goals.filter((g): g is VisibleGoal => !isHidden(g));
  const results = evaluateGoals(model, visible);
  const goals = results.map((r, i) => {
    const goal = visible[i] as VisibleGoal;
    return { id: goal.id, description: goal.description, expect: goal.expect, met: r.met, found: r.found, analysis: r.analysis, explanation: explainAnalysis(model, r.analysis) };
  });
  return { ok: true, goals, model, hiddenCount: exercise.goals.length - visible.length };
}

/** A one-line summary for the live region: "2 of 3 goals met; not met: …". */
export function checkSummary(result: CheckResult): string {
  if (!result.ok) return `The network cannot be checked: ${result.error}`;
  const met = result.goals.filter((g) => g.met).length;
  const hidden = result.hiddenCount > 0 ? ` ${result.hiddenCount} more ${result.hiddenCount === 1 ? "goal is" : "goals are"} checked when you submit.` : "";
  const failing = result.goals.find((g) => !g.met);
  const first = failing ? ` Not met: ${failing.description}` : "";
  return `Check: ${met} of ${result.goals.length} goals met.${first}${hidden}`;
}
