/**
 * The words the path probe shows that depend on the network: the endpoints a learner can pick, what kind of
 * thing a hop is, and each hop in a sentence. From a model (`probeTextOf`), or, for a lesson lab drawn before
 * the engine loads in the browser, from data computed on the server for the first analysis (`probeTextData`,
 * serializable, then `probeTextFromData` in the browser). This module imports no engine code, only its types.
 */
import type { Analysis, Model, PathComponent } from "@/lib/reachability";
import { componentKind, describeHop } from "@/components/network/hop-text";
import { endpointOptions, type EndpointOption } from "./endpoints";

/** The Destination select's value meaning "the address typed in Destination IP". */
export const OTHER_ADDRESS = "(address)";

export interface ProbeText {
  readonly options: readonly EndpointOption[];
  kindOf(id: string): string;
  describe(hop: PathComponent): string;
}

export function probeTextOf(model: Model): ProbeText {
  return { options: endpointOptions(model), kindOf: (id) => componentKind(model, id), describe: (hop) => describeHop(model, hop) };
}

export interface ProbeTextData {
  readonly options: readonly EndpointOption[];
  /** Component id → kind, for every hop of the first analysis. */
  readonly kinds: Readonly<Record<string, string>>;
  /** The sentence for each hop of the first analysis, in path order. */
  readonly forward: readonly string[];
  readonly reply: readonly string[];
}

export function probeTextData(model: Model, analysis: Analysis | undefined): ProbeTextData {
  const hops = [...(analysis?.ForwardPathComponents ?? []), ...(analysis?.ReturnPathComponents ?? [])];
  return {
    options: endpointOptions(model),
    kinds: Object.fromEntries(hops.map((h) => [h.Component.Id, componentKind(model, h.Component.Id)])),
    forward: (analysis?.ForwardPathComponents ?? []).map((h) => describeHop(model, h)),
    reply: (analysis?.ReturnPathComponents ?? []).map((h) => describeHop(model, h)),
  };
}

/** The probe's words for `analysis` (the one the data was computed for), without a model. */
export function probeTextFromData(data: ProbeTextData, analysis: Analysis | undefined): ProbeText {
  const sentences = new Map<PathComponent, string>();
  analysis?.ForwardPathComponents.forEach((h, i) => sentences.set(h, data.forward[i] ?? ""));
  analysis?.ReturnPathComponents.forEach((h, i) => sentences.set(h, data.reply[i] ?? ""));
  return { options: data.options, kindOf: (id) => data.kinds[id] ?? "component", describe: (hop) => sentences.get(hop) ?? "" };
}
