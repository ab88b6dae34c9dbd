/**
 * The reachability matrix for widgets: every ordered pair of endpoints, one verdict each.
 */
import { analyzeVerdict } from "./analyze";
import type { ExplanationCode } from "./explanation-codes";
import type { Model } from "./model";
import type { Protocol } from "./packet";
import { DEFAULT_SOURCE_PORT } from "./query";

export interface MatrixCell {
  readonly Source: string;
  readonly Destination: string;
  readonly NetworkPathFound: boolean;
  /** The blocking code, when not found. */
  readonly ExplanationCode?: ExplanationCode;
  /** The component that blocks, when not found. */
  readonly BlockedAt?: string;
  /** "forward" or "return": the leg that blocks. */
  readonly Leg?: "forward" | "return";
}

/** Every ordered pair (source != destination) of `endpoints`, in input order (row-major). */
export function reachabilityMatrix(model: Model, endpoints: readonly string[], protocol: Protocol, port?: number): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const source of endpoints) {
    for (const destination of endpoints) {
      if (source === destination) continue;
      const analysis = analyzeVerdict(model, {
        Source: source,
        Destination: destination,
        Protocol: protocol,
        ...(protocol !== "icmp" ? { DestinationPort: port ?? 0, SourcePort: DEFAULT_SOURCE_PORT } : {}),
      });
      const explanation = analysis.Explanations[0];
      cells.push(
        analysis.NetworkPathFound || !explanation
          ? { Source: source, Destination: destination, NetworkPathFound: analysis.NetworkPathFound }
          : {
              Source: source,
              Destination: destination,
              NetworkPathFound: false,
              ExplanationCode: explanation.ExplanationCode,
              ...(explanation.Component ? { BlockedAt: explanation.Component.Id } : {}),
              Leg: analysis.ReturnPathComponents.length > 0 ? "return" : "forward",
            },
      );
    }
  }
  return cells;
}
