"use client";
/**
 * The reachability matrix as a table: rows are sources, columns destinations, each cell "✓ reachable" or
 * "✗ blocked: CODE at component" (text and symbol, never colour alone). Each cell is a button; selecting one
 * hands the pair to the path probe when the matrix sits in a NetworkLab.
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { Model, Protocol } from "@/lib/reachability";
import { loadNetwork } from "@/components/network/load-network";
import "@/components/network/widgets.css";
import { cellText, createMatrixController, matrixCaption } from "./matrix-controller";

export interface ReachabilityMatrixViewProps {
  readonly model: Model;
  readonly endpoints: readonly string[];
  readonly protocol: Protocol;
  readonly port?: number;
  readonly onSelect?: (source: string, destination: string) => void;
}

export function ReachabilityMatrixView({ model, endpoints, protocol, port, onSelect }: ReachabilityMatrixViewProps) {
  const controller = useMemo(
    () => createMatrixController(model, endpoints, protocol, port, onSelect ? { onSelect } : {}),
    // The controller is rebuilt only when the question changes; a new model is fed with recompute below.
    [endpoints, protocol, port, onSelect],
  );
  useEffect(() => controller.recompute(model), [controller, model]);
  const view = useSyncExternalStore(controller.store.subscribe, controller.store.getState, controller.store.getState);
  return (
    // A focusable, named region: the table can be wider than the page, and keyboard users must be able to scroll it.
    <div className="rn-widget rn-table-wrap" role="region" aria-label={matrixCaption(view)} tabIndex={0}>
      <table className="rn-table">
        <caption>{matrixCaption(view)}</caption>
        <thead>
          <tr>
            <th scope="col">Source ↓ / Destination →</th>
            {view.endpoints.map((d) => (
              <th key={d} scope="col" className="rn-mono">{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.endpoints.map((s, i) => (
            <tr key={s}>
              <th scope="row" className="rn-mono">{s}</th>
              {view.endpoints.map((d, j) => {
                const cell = view.cells[i]?.[j];
                const text = cellText(cell);
                const selected = view.selected?.source === s && view.selected.destination === d;
                if (!cell) return <td key={d} aria-label="same endpoint">—</td>;
                const cls = cell.NetworkPathFound ? "rn-ok-text" : "rn-blocked-text";
                return (
                  <td key={d}>
                    {onSelect ? (
                      <button type="button" className={`rn-button ${cls} text-left`} aria-pressed={selected} aria-label={`${s} to ${d}: ${text}. Show this path in the probe.`} onClick={() => controller.select(s, d)}>
                        {text}
                      </button>
                    ) : (
                      <span className={cls}>{text}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** <ReachabilityMatrix snapshot={json} endpoints={[…]} protocol="tcp" port={443} /> for lessons. */
export function ReachabilityMatrix({ snapshot, endpoints, protocol, port }: { snapshot: unknown; endpoints: string[]; protocol: Protocol; port?: number }) {
  const loaded = useMemo(() => loadNetwork(snapshot), [snapshot]);
  if (!loaded.ok) return <p role="alert" className="rn-widget rn-error">This network cannot be analysed: {loaded.error}</p>;
  return <ReachabilityMatrixView model={loaded.model} endpoints={endpoints} protocol={protocol} {...(port !== undefined ? { port } : {})} />;
}
