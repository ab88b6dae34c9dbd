"use client";
/**
 * The reachability matrix as a table: rows are sources, columns destinations, each cell "✓ reachable" or
 * "✗ blocked: CODE at component" (text and symbol, never colour alone). Each cell is a button; selecting one
 * hands the pair to the path probe when the matrix sits in a NetworkLab.
 */
import { useEffect, useId, useMemo, useSyncExternalStore } from "react";
import type { Model, Protocol } from "@/lib/reachability";
import { loadNetwork } from "@/components/network/load-network";
import "@/components/network/widgets.css";
import { createMatrixController } from "./matrix-controller";
import { MatrixTable } from "./MatrixTable";

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
  const captionId = `${useId().replace(/[^a-zA-Z0-9_-]/g, "")}-caption`;
  return <MatrixTable view={view} captionId={captionId} {...(onSelect ? { onSelect: (s: string, d: string) => controller.select(s, d) } : {})} />;
}

/** <ReachabilityMatrix snapshot={json} endpoints={[…]} protocol="tcp" port={443} /> for lessons. */
export function ReachabilityMatrix({ snapshot, endpoints, protocol, port }: { snapshot: unknown; endpoints: string[]; protocol: Protocol; port?: number }) {
  const loaded = useMemo(() => loadNetwork(snapshot), [snapshot]);
  if (!loaded.ok) return <p role="alert" className="rn-widget rn-error">This network cannot be analysed: {loaded.error}</p>;
  return <ReachabilityMatrixView model={loaded.model} endpoints={endpoints} protocol={protocol} {...(port !== undefined ? { port } : {})} />;
}
