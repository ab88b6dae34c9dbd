// Lesson adapters for the widget kit: each takes the lesson props (a network *name*), loads
// content/networks/<name>.json on the server, and renders the widget from what the server computes, so that a
// lesson page's first load carries no engine code:
// - TopologyDiagram: the topology and both layouts are computed here; the browser gets the diagram view only.
// - ReachabilityMatrix: the cells are computed here and drawn as a plain table (no browser code at all).
// - NetworkLab and PathProbe: LessonLab draws the lab's first view computed here and loads the engine and the
//   editors when the lab comes into view or is used (components/lab/LessonLab.tsx).
// A network that does not load shows the reason.
import type { ReactNode } from "react";
import type { Model } from "@/lib/reachability";
import { LessonLab } from "@/components/lab/LessonLab";
import { labFirstView } from "@/components/lab/lesson-lab-first-view";
import { createMatrixController } from "@/components/matrix/matrix-controller";
import { MatrixTable } from "@/components/matrix/MatrixTable";
import { layoutTopology } from "@/components/topology/layout";
import { buildTopology } from "@/components/topology/topology-graph";
import { TopologyView } from "@/components/topology/TopologyView";
import type { TagProps } from "@/lib/content/lesson-tags";
import { loadLessonNetwork } from "@/lib/content/networks";

function withNetwork(network: string, render: (loaded: { snapshot: Record<string, unknown>; model: Model }) => ReactNode) {
  const loaded = loadLessonNetwork(network);
  return (
    // lesson-widget: on wide screens a widget takes the article's full width, not the text's 68ch (see the lesson page).
    <div className="lesson-widget not-prose my-8">
      {loaded.ok ? render(loaded) : <p className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">This network cannot be shown: {loaded.error}</p>}
    </div>
  );
}

export function TopologyDiagram({ network, caption }: TagProps<"TopologyDiagram">) {
  return withNetwork(network, ({ model }) => {
    const topology = buildTopology(model);
    const layouts = { wide: layoutTopology(topology, "wide"), compact: layoutTopology(topology, "compact") };
    return <TopologyView topology={topology} layouts={layouts} {...(caption ? { caption } : {})} />;
  });
}

export function PathProbe({ network, ...query }: TagProps<"PathProbe">) {
  return withNetwork(network, ({ snapshot, model }) => <LessonLab snapshot={snapshot} first={labFirstView(model, { probe: query })} />);
}

export function NetworkLab({ network, editable, ...query }: TagProps<"NetworkLab">) {
  return withNetwork(network, ({ snapshot, model }) => <LessonLab snapshot={snapshot} editable={editable} first={labFirstView(model, { editable, probe: query })} />);
}

export function ReachabilityMatrix({ network, endpoints, protocol, port }: TagProps<"ReachabilityMatrix">) {
  return withNetwork(network, ({ model }) => {
    const view = createMatrixController(model, endpoints, protocol, port).store.getState();
    const captionId = `matrix-${[network, ...endpoints, protocol, String(port ?? "")].join("-").replace(/[^a-zA-Z0-9_-]/g, "_")}`;
    return <MatrixTable view={view} captionId={captionId} />;
  });
}
