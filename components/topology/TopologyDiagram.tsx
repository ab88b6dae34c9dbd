"use client";
/**
 * <TopologyDiagram snapshot={json} caption="…" />: the diagram of a network, rendered on the server as SVG and
 * made zoomable on the client. Lessons pass the JSON of content/networks/<name>.json (see
 * components/network/lesson-networks.server.ts); a snapshot the engine refuses shows the refusal.
 */
import { useMemo } from "react";
import { loadNetwork } from "@/components/network/load-network";
import { layoutTopology } from "./layout";
import { buildTopology } from "./topology-graph";
import { TopologyView } from "./TopologyView";

export function TopologyDiagram({ snapshot, caption }: { snapshot: unknown; caption?: string }) {
  const loaded = useMemo(() => loadNetwork(snapshot), [snapshot]);
  const derived = useMemo(() => {
    if (!loaded.ok) return undefined;
    const topology = buildTopology(loaded.model);
    return { topology, layouts: { wide: layoutTopology(topology, "wide"), compact: layoutTopology(topology, "compact") } };
  }, [loaded]);
  if (!loaded.ok || !derived) {
    return (
      <p role="alert" className="rn-widget rn-error">
        This network cannot be drawn: {loaded.ok ? "" : loaded.error}
      </p>
    );
  }
  return <TopologyView topology={derived.topology} layouts={derived.layouts} {...(caption ? { caption } : {})} />;
}
