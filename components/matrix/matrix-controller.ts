/**
 * Headless controller of the reachability matrix: rows are sources, columns destinations, each cell the engine's
 * verdict ("✓ reachable" or "✗ blocked: CODE at component"). Events: select a cell (hands the pair to a path
 * probe when one listens), recompute (the model changed).
 */
import { reachabilityMatrix, type MatrixCell, type Model, type Protocol } from "@/lib/reachability";
import { createStore, type Store } from "@/components/network/store";

export interface MatrixView {
  readonly endpoints: readonly string[];
  readonly protocol: Protocol;
  readonly port: number | undefined;
  /** cells[row][column]; undefined on the diagonal. */
  readonly cells: readonly (readonly (MatrixCell | undefined)[])[];
  readonly selected: { readonly source: string; readonly destination: string } | undefined;
}

export function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return "—";
  if (cell.NetworkPathFound) return "✓ reachable";
  return `✗ blocked: ${cell.ExplanationCode ?? "blocked"}${cell.BlockedAt ? ` at ${cell.BlockedAt}` : ""}${cell.Leg === "return" ? " (reply)" : ""}`;
}

export function matrixCaption(v: Pick<MatrixView, "endpoints" | "protocol" | "port">): string {
  const what = v.protocol === "icmp" ? "ICMP echo (ping)" : `${v.protocol.toUpperCase()} port ${v.port ?? 0}`;
  return `Can each source (row) reach each destination (column) on ${what}? Computed by the reachability engine, ${v.endpoints.length} endpoints.`;
}

export interface MatrixController {
  readonly store: Store<MatrixView>;
  select(source: string, destination: string): void;
  recompute(model: Model): void;
}

function compute(model: Model, endpoints: readonly string[], protocol: Protocol, port: number | undefined) {
  const flat = reachabilityMatrix(model, endpoints, protocol, port);
  const at = new Map(flat.map((c) => [`${c.Source}\u0000${c.Destination}`, c]));
  return endpoints.map((s) => endpoints.map((d) => (s === d ? undefined : at.get(`${s}\u0000${d}`))));
}

export function createMatrixController(
  model: Model,
  endpoints: readonly string[],
  protocol: Protocol,
  port: number | undefined,
  options: { onSelect?: (source: string, destination: string) => void } = {},
): MatrixController {
  const store = createStore<MatrixView>({ endpoints, protocol, port, cells: compute(model, endpoints, protocol, port), selected: undefined });
  return {
    store,
    select(source, destination) {
      if (source === destination || !endpoints.includes(source) || !endpoints.includes(destination)) return;
      store.setState((s) => ({ ...s, selected: { source, destination } }));
      options.onSelect?.(source, destination);
    },
    recompute(next) {
      store.setState((s) => ({ ...s, cells: compute(next, endpoints, protocol, port) }));
    },
  };
}
