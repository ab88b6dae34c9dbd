/**
 * Public API of the reachability engine. Pure TypeScript: runs unchanged in the browser and in Node.
 *
 *   const model = loadSnapshot(json);            // throws SnapshotError only
 *   const same = loadSnapshotBytes(bytesSource(bytes)); // the same, from the document's bytes (faster when big)
 *   const query = parseQuery(json);              // throws QueryError only
 *   const analysis = analyze(model, query);      // never throws
 *   const cells = reachabilityMatrix(model, ["i-a", "i-b"], "tcp", 443);
 */
import { analyze as analyzeModel } from "./analyze";
import { SnapshotError } from "./errors";
import { registeredFamilies } from "./families";
import { buildModel, type Model } from "./model";
import { parseSnapshot } from "./snapshot";
import { snapshotFromBytes } from "./snapshot-bytes";
import { wholeText, type ByteSource } from "./byte-source";
import type { Analysis } from "./analysis";
import type { Query } from "./query";

export type { Analysis, AnalysedPath, ComponentRef, Explanation, PathComponent } from "./analysis";
export type { ExplanationCode } from "./explanation-codes";
export { EXPLANATION_CODES, CODE_DESCRIPTIONS, ADDITIONAL_DETAIL_CODES, isExplanationCode } from "./explanation-codes";
export type { Model } from "./model";
export type { Query } from "./query";
export type { MatrixCell } from "./matrix";
export type { PacketHeader, PortRange, Protocol } from "./packet";
export type { ComponentFamily } from "./family";
export { SnapshotError, QueryError } from "./errors";
export { parseQuery, DEFAULT_SOURCE_PORT } from "./query";
export { reachabilityMatrix } from "./matrix";
export { formatAddress } from "./cidr";
export type { Address } from "./cidr";
export { registeredFamilies } from "./families";
export { bytesSource, type ByteSource } from "./byte-source";

/** Loads a snapshot (AWS describe-* JSON) into an indexed model. Throws SnapshotError only. */
export function loadSnapshot(json: unknown): Model {
  try {
    return buildModel(parseSnapshot(json), { families: registeredFamilies });
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SnapshotError("$", "a snapshot the engine can read", `the engine failed while loading it (${message})`);
  }
}

/**
 * Loads a snapshot from its document's bytes (UTF-8 JSON): the same model as `loadSnapshot(JSON.parse(text))`, and
 * the same refusal for a document that is not JSON or not a snapshot, but a big document is read a piece at a time
 * (snapshot-bytes.ts). Throws SnapshotError only.
 */
export function loadSnapshotBytes(source: ByteSource): Model {
  try {
    const snapshot = snapshotFromBytes(source);
    if (snapshot) return buildModel(snapshot, { families: registeredFamilies });
  } catch {
    // Whatever stopped the piecewise path, the whole document's path below refuses it with the exact message.
  }
  let json: unknown;
  try {
    json = JSON.parse(wholeText(source));
  } catch (error) {
    if (error instanceof SyntaxError) throw new SnapshotError("$", "the snapshot as JSON", `it is not valid JSON (${error.message})`);
    throw new SnapshotError("$", "a snapshot the engine can read", `the engine could not read it (${error instanceof Error ? error.message : String(error)})`);
  }
  return loadSnapshot(json);
}

/** Analyses one query. Never throws: any query yields an analysis. */
export function analyze(model: Model, query: Query): Analysis {
  return analyzeModel(model, query);
}
