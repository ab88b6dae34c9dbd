// Lesson adapters for the widget kit: each takes the lesson props (a network *name*), loads
// content/networks/<name>.json on the server, and hands the snapshot to the interactive client widget (which
// renders its SVG/table on the server first, then hydrates). A network that does not load shows the reason.
import type { ReactNode } from "react";
import { NetworkLab as NetworkLabWidget } from "@/components/lab/NetworkLab";
import { ReachabilityMatrix as ReachabilityMatrixWidget } from "@/components/matrix/ReachabilityMatrix";
import { PathProbe as PathProbeWidget } from "@/components/path-probe/PathProbe";
import { TopologyDiagram as TopologyDiagramWidget } from "@/components/topology/TopologyDiagram";
import type { TagProps } from "@/lib/content/lesson-tags";
import { loadLessonNetwork } from "@/lib/content/networks";

function withSnapshot(network: string, render: (snapshot: Record<string, unknown>) => ReactNode) {
  const loaded = loadLessonNetwork(network);
  return (
    <div className="not-prose my-8">
      {loaded.ok ? render(loaded.snapshot) : <p className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">This network cannot be shown: {loaded.error}</p>}
    </div>
  );
}

export function TopologyDiagram({ network, caption }: TagProps<"TopologyDiagram">) {
  return withSnapshot(network, (snapshot) => <TopologyDiagramWidget snapshot={snapshot} {...(caption ? { caption } : {})} />);
}

export function PathProbe({ network, ...query }: TagProps<"PathProbe">) {
  return withSnapshot(network, (snapshot) => <PathProbeWidget snapshot={snapshot} {...query} />);
}

export function NetworkLab({ network, editable, ...query }: TagProps<"NetworkLab">) {
  return withSnapshot(network, (snapshot) => <NetworkLabWidget snapshot={snapshot} editable={editable} {...query} />);
}

export function ReachabilityMatrix({ network, endpoints, protocol, port }: TagProps<"ReachabilityMatrix">) {
  return withSnapshot(network, (snapshot) => <ReachabilityMatrixWidget snapshot={snapshot} endpoints={[...endpoints]} protocol={protocol} {...(port !== undefined ? { port } : {})} />);
}
