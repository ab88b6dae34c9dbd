"use client";
/**
 * <PathProbe snapshot={json} source="i-web" destination="igw-main" protocol="tcp" port={443} />: the diagram with
 * the path drawn on it, and the probe's form and hop-by-hop result. The learner can change every field.
 * (NetworkLab with no `editable` resources.)
 */
import type { Protocol } from "@/lib/reachability";
import { NetworkLab } from "@/components/lab/NetworkLab";

export interface PathProbeProps {
  readonly snapshot: unknown;
  readonly source?: string;
  readonly destination?: string;
  readonly protocol?: Protocol;
  readonly port?: number;
  readonly sourceIp?: string;
  readonly destinationIp?: string;
  readonly caption?: string;
}

export function PathProbe(props: PathProbeProps) {
  return <NetworkLab {...props} editable={[]} />;
}
