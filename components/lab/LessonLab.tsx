"use client";
/**
 * A NetworkLab (or PathProbe) in a lesson, light at first load. The server computes what the lab shows first
 * (lesson-lab-first-view.ts); this component draws it at once (diagram, probe form and answer, narrative) with no
 * engine code. The engine, the controller and the editors (lesson-lab-live.ts) load when the lab comes near the
 * viewport or the reader focuses, touches or clicks inside it; from then on the lab is the full NetworkLab. The
 * diagram and the probe stay mounted across the switch (same focus, selection and zoom); a query changed before
 * the engine is ready is kept and run as soon as it is.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Protocol } from "@/lib/reachability";
import { createStore, type Store } from "@/components/network/store";
import { PathProbePanel } from "@/components/path-probe/PathProbePanel";
import type { PathProbeController, ProbeFields, ProbeState } from "@/components/path-probe/path-probe-controller";
import { probeTextFromData } from "@/components/path-probe/probe-text";
import { TopologyView } from "@/components/topology/TopologyView";
import type { TopologyNode } from "@/components/topology/topology-graph";
import "@/components/network/widgets.css";
import type { LabFirstView } from "./lesson-lab-first-view";
import type { NetworkLabController, EditableKind } from "./network-lab-controller";
import { UseAsEndpoint } from "./UseAsEndpoint";

type LiveModule = typeof import("./lesson-lab-live");

export interface LessonLabProps {
  readonly snapshot: unknown;
  readonly first: LabFirstView;
  readonly editable?: readonly string[];
  readonly caption?: string;
}

const KIND_NAMES: Record<EditableKind, string> = { "route-table": "route table", "security-group": "security group", "network-acl": "network ACL" };

const FIELDS: readonly (keyof ProbeFields)[] = ["source", "destination", "protocol", "port", "sourceIp", "destinationIp"];

/**
 * The probe before the engine has loaded: the fields as the reader changes them (each change asks for the
 * engine), the server's first answer until then. Once the live probe exists, every call goes to it.
 */
function createWaitingProbe(initial: ProbeState, wake: () => void): PathProbeController & { forwardTo(live: PathProbeController): void } {
  const store: Store<ProbeState> = createStore(initial);
  let live: PathProbeController | undefined;
  const set = (patch: Partial<ProbeFields>) => {
    store.setState((s) => ({ ...s, ...patch }));
    wake();
  };
  return {
    store,
    setSource: (id) => (live ? live.setSource(id) : set({ source: id })),
    setDestination: (id) => (live ? live.setDestination(id) : set({ destination: id })),
    setProtocol: (p: Protocol) => (live ? live.setProtocol(p) : set({ protocol: p, ...(p === "icmp" ? { port: "" } : store.getState().port === "" ? { port: "443" } : {}) })),
    setPort: (text) => (live ? live.setPort(text) : set({ port: text })),
    setSourceIp: (text) => (live ? live.setSourceIp(text) : set({ sourceIp: text })),
    setDestinationIp: (text) => (live ? live.setDestinationIp(text) : set({ destinationIp: text })),
    setQuery: (q) => {
      if (live) return live.setQuery(q);
      set({
        ...(q.source !== undefined ? { source: q.source } : {}),
        ...(q.destination !== undefined ? { destination: q.destination } : {}),
        ...(q.protocol !== undefined ? { protocol: q.protocol } : {}),
        ...(q.port !== undefined ? { port: String(q.port) } : {}),
        ...(q.sourceIp !== undefined ? { sourceIp: q.sourceIp } : {}),
        ...(q.destinationIp !== undefined ? { destinationIp: q.destinationIp } : {}),
      });
    },
    run: () => (live ? live.run() : wake()),
    refresh: () => live?.refresh(),
    forwardTo(target) {
      live = target;
    },
  };
}

const noSubscribe = () => () => {};
const nothing = () => undefined;

export function LessonLab({ snapshot, first, editable = [], caption }: LessonLabProps) {
  const root = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<{ mod: LiveModule; lab: NetworkLabController }>();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);
  // Until a frame after the editors have appeared, the lab takes no part in scroll anchoring: the browser keeps
  // what follows the lab in place (a section the reader jumped to does not move down as the editors appear).
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!live) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setSettled(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [live]);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setFailure(undefined);
    import("./lesson-lab-live")
      .then((mod) => {
        const lab = mod.createNetworkLabController(snapshot, { editable });
        const asked = waiting.store.getState();
        // The reader changed the query while the engine loaded: run theirs instead of the first one.
        if (FIELDS.some((f) => asked[f] !== first.probe[f])) {
          lab.probe.store.setState((s) => ({ ...s, ...Object.fromEntries(FIELDS.map((f) => [f, asked[f]])) }));
          lab.probe.run();
        } else {
          lab.probe.store.setState(first.probe);
        }
        waiting.forwardTo(lab.probe);
        setLive({ mod, lab });
      })
      .catch((error: unknown) => {
        started.current = false;
        setFailure(error instanceof Error ? error.message : String(error));
      });
    // Once per lab: `waiting` is created once (below); `snapshot`, `editable` and `first` are the server's props.
  }, []);
  const [waiting] = useState(() => createWaitingProbe(first.probe, () => load()));

  // Load when the lab comes within half a screen of the viewport, or as soon as the reader reaches into it.
  useEffect(() => {
    const el = root.current;
    if (!el || live) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: "0px 0px 50% 0px" });
    observer.observe(el);
    for (const type of ["focusin", "pointerdown", "keydown"]) el.addEventListener(type, load);
    return () => {
      observer.disconnect();
      for (const type of ["focusin", "pointerdown", "keydown"]) el.removeEventListener(type, load);
    };
  }, [live, load]);

  const labState = useSyncExternalStore(live ? live.lab.store.subscribe : noSubscribe, live ? live.lab.store.getState : nothing, live ? live.lab.store.getState : nothing);
  const probeController: PathProbeController = live ? live.lab.probe : waiting;
  const probe = useSyncExternalStore(probeController.store.subscribe, probeController.store.getState, probeController.store.getState);
  const model = labState?.model;
  const narrative = useMemo(() => {
    if (!live || !model) return first.narrative;
    return probe.analysis ? live.mod.narrate(model, probe.analysis) : undefined;
  }, [live, model, probe.analysis, first.narrative]);
  const text = useMemo(() => (live && model ? live.mod.probeTextOf(model) : probeTextFromData(first.text, first.probe.analysis)), [live, model, first.text, first.probe.analysis]);
  const changedBeforeLive = !live && FIELDS.some((f) => probe[f] !== first.probe[f]);

  const selectionActions = (node: TopologyNode) => {
    const id = live && model ? live.mod.probeIdOf(model, node) : first.probeIds[node.id];
    return id ? <UseAsEndpoint id={id} probe={probeController} /> : null;
  };

  const editorNames = first.editable.map((e) => `${KIND_NAMES[e.kind]} ${e.id}`);
  return (
    <div ref={root} className={`rn-widget flex flex-col gap-4${settled ? "" : " [overflow-anchor:none]"}`} data-lab={live ? "live" : "first-view"}>
      <TopologyView
        topology={labState?.topology ?? first.topology}
        layouts={labState?.layouts ?? first.layouts}
        {...(probe.analysis ? { analysis: probe.analysis } : {})}
        {...(narrative ? { narrative } : {})}
        {...(caption ? { caption } : {})}
        selectionActions={selectionActions}
      />
      <PathProbePanel controller={probeController} text={text} busy={changedBeforeLive} />
      {first.editable.length === 0 ? null : live ? (
        <live.mod.LabEditors lab={live.lab} />
      ) : (
        <div className="flex flex-col gap-4" aria-busy={!failure}>
          <h3>Edit the network</h3>
          {failure ? (
            <div className="flex flex-col items-start gap-2">
              <p role="alert" className="rn-error m-0">
                The editors could not be loaded ({failure}).
              </p>
              <button type="button" className="rn-button" onClick={load}>
                Try again
              </button>
            </div>
          ) : (
            <p role="status" className="rn-panel m-0 text-sm text-[var(--rn-muted)]">
              Loading the editors for the {editorNames.join(", ")}…
            </p>
          )}
        </div>
      )}
    </div>
  );
}
