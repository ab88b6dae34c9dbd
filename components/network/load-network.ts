/**
 * Loads a snapshot (AWS describe-* JSON, or its text) for the widgets: the engine's model, or the engine's own
 * refusal (SnapshotError's message) as a value. Never throws.
 */
import { loadSnapshot, SnapshotError, type Model } from "@/lib/reachability";

/** The raw AWS JSON: one object whose keys are the describe-* calls' top-level keys. */
export type AwsSnapshot = Readonly<Record<string, unknown>>;

export type LoadedNetwork = { ok: true; snapshot: AwsSnapshot; model: Model } | { ok: false; error: string };

export function loadNetwork(json: unknown): LoadedNetwork {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return { ok: false, error: "A snapshot is one JSON object whose keys are AWS describe-* outputs (Vpcs, Subnets, RouteTables, ...)." };
  }
  try {
    return { ok: true, snapshot: json as AwsSnapshot, model: loadSnapshot(json) };
  } catch (error) {
    if (error instanceof SnapshotError) return { ok: false, error: error.message };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses pasted text, then loads it; a JSON syntax error is reported like a refusal. */
export function loadNetworkText(text: string): LoadedNetwork {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return loadNetwork(json);
}
