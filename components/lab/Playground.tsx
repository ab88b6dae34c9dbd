"use client";
/**
 * The network playground: pick a lesson network or paste `aws ec2 describe-*` JSON (one object whose keys are the
 * calls' top-level keys), then explore it with NetworkLab: every route table, security group and network ACL in
 * the JSON is editable. Bad JSON is refused with the engine's SnapshotError message.
 */
import { useId, useMemo, useState } from "react";
import type { Protocol } from "@/lib/reachability";
import { loadNetwork, loadNetworkText } from "@/components/network/load-network";
import "@/components/network/widgets.css";
import { NetworkLab } from "./NetworkLab";

interface Example {
  readonly source: string;
  readonly destination: string;
  readonly protocol: Protocol;
  readonly port: number;
}

const EXAMPLES: Record<string, Example> = {
  "lesson-public-private": { source: "i-web", destination: "i-db", protocol: "tcp", port: 5432 },
  "lesson-peering": { source: "i-dev", destination: "i-prod", protocol: "tcp", port: 443 },
};

type Json = Record<string, unknown>;
function ids(json: unknown, key: string, field: string): string[] {
  const v = json && typeof json === "object" ? (json as Json)[key] : undefined;
  return Array.isArray(v) ? v.map((x) => (x as Json)[field]).filter((x): x is string => typeof x === "string") : [];
}

export function Playground({ networks }: { networks: Record<string, unknown> }) {
  const names = Object.keys(networks);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [choice, setChoice] = useState(names[0] ?? "");
  const [pasted, setPasted] = useState<{ json: unknown; version: number } | undefined>();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const snapshot = pasted ? pasted.json : networks[choice];
  const key = pasted ? `pasted-${pasted.version}` : choice;

  const setup = useMemo(() => {
    const loaded = loadNetwork(snapshot);
    if (!loaded.ok) return undefined;
    const instances = [...loaded.model.instances.keys()].sort();
    const example: Example | undefined = pasted ? undefined : EXAMPLES[choice];
    const editable = [...ids(snapshot, "RouteTables", "RouteTableId"), ...ids(snapshot, "SecurityGroups", "GroupId"), ...ids(snapshot, "NetworkAcls", "NetworkAclId")];
    const protocol: Protocol = example?.protocol ?? "tcp";
    const port = example?.port ?? 443;
    return {
      editable,
      probe: example ?? (instances.length >= 2 ? { source: instances[0]!, destination: instances[1]!, protocol, port } : undefined),
      matrix: instances.length >= 2 ? { endpoints: instances.slice(0, 6), protocol, port } : undefined,
    };
  }, [snapshot, choice, pasted]);

  return (
    <div className="rn-widget flex flex-col gap-6">
      <section className="rn-panel grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]" aria-label="Choose a network">
        <div className="flex flex-col gap-2">
          <label className="rn-label" htmlFor={`${uid}-network`}>Lesson network</label>
          <select
            id={`${uid}-network`}
            className="rn-select"
            value={pasted ? "" : choice}
            onChange={(e) => {
              setChoice(e.target.value);
              setPasted(undefined);
              setError(undefined);
            }}
          >
            {pasted ? <option value="">Your pasted network</option> : null}
            {names.map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
          <p className="m-0 text-sm text-[var(--rn-muted)]">Networks from content/networks, as lessons use them.</p>
        </div>
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const loaded = loadNetworkText(text);
            if (!loaded.ok) {
              setError(loaded.error);
              return;
            }
            setError(undefined);
            setPasted((p) => ({ json: loaded.snapshot, version: (p?.version ?? 0) + 1 }));
          }}
        >
          <label className="rn-label" htmlFor={`${uid}-json`}>Or paste your own describe-* JSON</label>
          <textarea
            id={`${uid}-json`}
            className="rn-input rn-mono min-h-28"
            value={text}
            spellCheck={false}
            placeholder='{"Vpcs": [...], "Subnets": [...], "RouteTables": [...], "SecurityGroups": [...], "NetworkAcls": [...], "Reservations": [...]}'
            onChange={(e) => setText(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${uid}-json-error` : `${uid}-json-hint`}
          />
          <p id={`${uid}-json-hint`} className="m-0 text-sm text-[var(--rn-muted)]">One JSON object; each key is an AWS CLI call&apos;s top-level key (Vpcs, Subnets, …). Nothing leaves your browser.</p>
          {error ? (
            <p id={`${uid}-json-error`} role="alert" className="rn-error m-0">{error}</p>
          ) : null}
          <div>
            <button type="submit" className="rn-button rn-button-primary">Load this network</button>
          </div>
        </form>
      </section>
      {setup ? (
        <NetworkLab
          key={key}
          snapshot={snapshot}
          editable={setup.editable}
          caption={pasted ? "Your network" : choice}
          {...(setup.probe ? { source: setup.probe.source, destination: setup.probe.destination, protocol: setup.probe.protocol, port: setup.probe.port } : {})}
          {...(setup.matrix ? { matrix: setup.matrix } : {})}
        />
      ) : null}
    </div>
  );
}
