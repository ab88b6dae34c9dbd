"use client";
/** The actions offered for a selected diagram component: load it into the path probe as source or destination. */
import type { PathProbeController } from "@/components/path-probe/path-probe-controller";

export function UseAsEndpoint({ id, probe }: { id: string | undefined; probe: Pick<PathProbeController, "setSource" | "setDestination"> }) {
  if (!id) return null;
  return (
    <>
      <button type="button" className="rn-button" onClick={() => probe.setSource(id)}>Use {id} as source</button>
      <button type="button" className="rn-button" onClick={() => probe.setDestination(id)}>Use {id} as destination</button>
    </>
  );
}
