/**
 * The written narrative of an analysis: numbered sentences, forward path then reply, ending with the verdict
 * and, for a blocked hop, the engine's explanation sentence. Same analysis, same text.
 */
import type { Analysis, Explanation, Model, PathComponent } from "@/lib/reachability";
import { describeHop, formatHeader } from "./hop-text";
import { inactivePeeringText, peeringStatus } from "./peering-state";

export interface NarrativeLine {
  readonly n: number;
  readonly leg: "forward" | "return";
  readonly text: string;
  readonly status: "ok" | "blocked" | "info";
}

function firstHeader(hops: readonly PathComponent[]) {
  for (const h of hops) {
    const header = h.OutboundHeader ?? h.InboundHeader;
    if (header) return header;
  }
  return undefined;
}

/** When the packet is dropped at (a route to) a peering connection that is not active: that connection's state, in words. */
function inactivePeeringNote(model: Model, e: Explanation): string {
  const ids = [e.RouteTableRoute?.VpcPeeringConnectionId, e.VpcPeeringConnection?.Id, e.Component?.Id];
  for (const id of ids) {
    const state = inactivePeeringText(peeringStatus(model, id));
    if (state) return ` Peering connection ${id} is ${state}: it carries no traffic until the owner of the other VPC accepts it, and routes to it are blackholes until then.`;
  }
  return "";
}

function blockedSentence(e: Explanation): string {
  const where = e.Component?.Id ?? "the path";
  if (e.AclRule) {
    const num = e.AclRule.RuleNumber >= 32767 ? "*" : String(e.AclRule.RuleNumber);
    return `Network ACL ${e.Acl?.Id ?? where} ${e.Direction === "egress" ? "outbound" : "inbound"} rule ${num} ${e.AclRule.RuleAction.toUpperCase()}: blocked. ${e.Explanation}`;
  }
  return `${where}: blocked (${e.ExplanationCode}). ${e.Explanation}`;
}

export function narrate(model: Model, analysis: Analysis): NarrativeLine[] {
  const lines: NarrativeLine[] = [];
  let n = 0;
  const add = (leg: NarrativeLine["leg"], text: string, status: NarrativeLine["status"]) => lines.push({ n: ++n, leg, text, status });
  const q = analysis.NetworkInsightsPath;
  const fwd = analysis.ForwardPathComponents;
  const header = firstHeader(fwd);
  add("forward", `${q.Source} sends ${header ? formatHeader(header) : `${q.Protocol} to ${q.Destination}`}.`, "info");
  const blockedExplanation = analysis.NetworkPathFound ? undefined : analysis.Explanations[0];
  const blockedOnReturn = !analysis.NetworkPathFound && analysis.ReturnPathComponents.length > 0;
  const walk = (hops: readonly PathComponent[], leg: NarrativeLine["leg"], blocking: boolean) => {
    hops.forEach((hop, i) => {
      if (i === 0 && leg === "forward" && hop.Component.Id === q.Source && !hop.SecurityGroupRule) return;
      const last = i === hops.length - 1;
      if (blocking && last && blockedExplanation && blockedExplanation.Component?.Id === hop.Component.Id) return;
      add(leg, describeHop(model, hop), "ok");
    });
  };
  walk(fwd, "forward", !blockedOnReturn);
  if (!analysis.NetworkPathFound && !blockedOnReturn) {
    if (blockedExplanation) add("forward", blockedSentence(blockedExplanation) + inactivePeeringNote(model, blockedExplanation), "blocked");
    else add("forward", "The request is not delivered.", "blocked");
    return lines;
  }
  add("forward", `Delivered to ${q.Destination}.`, "ok");
  const back = analysis.ReturnPathComponents;
  if (back.length === 0) {
    const oneWay = analysis.AdditionalDetails?.some((d) => d.AdditionalDetailType === "UNIDIRECTIONAL_PATH_ANALYSIS_ONLY");
    if (oneWay) add("return", "The reply was not analysed (one-way analysis).", "info");
    return lines;
  }
  const replyHeader = firstHeader(back);
  add("return", `The reply: ${q.Destination} sends ${replyHeader ? formatHeader(replyHeader) : "its answer"}.`, "info");
  walk(back, "return", true);
  if (analysis.NetworkPathFound) add("return", `The reply reaches ${q.Source}: reachable.`, "ok");
  else if (blockedExplanation) add("return", blockedSentence(blockedExplanation) + inactivePeeringNote(model, blockedExplanation), "blocked");
  return lines;
}
