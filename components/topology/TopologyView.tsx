"use client";
/**
 * The topology diagram: server-rendered SVG of both arrangements (a container query shows the one that keeps
 * text at 11 px or more), components as focusable buttons with a roving tabindex, the path overlay (✓ passed,
 * ✗ blocked, dashed), a table view and the path narrative in an aria-live region. On the client, D3 adds zoom and
 * pan (buttons too) and draws the path in, unless the reader prefers reduced motion. State lives in the
 * topology controller; this file only mounts and draws.
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { select, zoom, zoomIdentity, type ZoomBehavior } from "d3";
import type { Analysis, Model } from "@/lib/reachability";
import type { NarrativeLine } from "@/components/network/narrative";
import "@/components/network/widgets.css";
import { inactivePeeringText } from "@/components/network/peering-state";
import { useHydrated } from "@/components/ui/use-hydrated";
import { accessibleName, componentRows } from "./component-table";
import { FONT_SIZE, MIN_FONT_PX, type Layout, type LayoutNode } from "./layout";
import { EMPTY_OVERLAY, pathOverlay, type PathOverlay } from "./path-overlay";
import { createTopologyController } from "./topology-controller";
import type { Topology, TopologyNode } from "./topology-graph";

export interface TopologyViewProps {
  readonly topology: Topology;
  readonly layouts: { readonly wide: Layout; readonly compact: Layout };
  readonly caption?: string;
  readonly analysis?: Analysis;
  readonly narrative?: readonly NarrativeLine[];
  readonly model?: Model;
  /** Called when the reader selects a component (Enter, Space or click). */
  readonly onSelect?: (node: TopologyNode | undefined) => void;
  /** Extra controls shown for the selected component (e.g. "Use as source"). */
  readonly selectionActions?: (node: TopologyNode) => ReactNode;
}

/** The container width (px) from which the wide arrangement keeps its text at MIN_FONT_PX or more: a CSS class bucket. */
export function switchClass(wide: Layout): string {
  const needed = (wide.width * MIN_FONT_PX) / FONT_SIZE;
  const bucket = Math.min(2400, Math.max(400, Math.ceil(needed / 100) * 100));
  return `rn-switch-${bucket}`;
}

const STRIPE: Record<string, string> = {
  instance: "rn-stripe-compute",
  "network-interface": "rn-stripe-compute",
  "load-balancer": "rn-stripe-compute",
  internet: "rn-stripe-outside",
  "on-premises": "rn-stripe-outside",
};

function reducedMotion(): boolean {
  return typeof window !== "undefined" && !!window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
}

type NodeHandlers = {
  onKey: (e: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocusNode: (id: string) => void;
  onClickNode: (id: string) => void;
};

/** The length of a polyline, computed from its points (no layout read), for the draw-in animation. */
function polylineLength(points: readonly (readonly [number, number])[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return Math.ceil(length);
}

/** Region, VPC, AZ and subnet boxes and the links: they change only with the layout. */
const Boxes = memo(function Boxes({ layout }: { layout: Layout }) {
  return (
    <>
      {layout.boxes.map((b) =>
        b.kind === "subnet" ? (
          <g key={b.id} aria-hidden="true">
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} className={b.isPublic ? "rn-subnet-public" : "rn-subnet-private"} />
            <text x={b.x + 10} y={b.y + 17} className="rn-strong">{b.label}</text>
            {b.sublabel ? <text x={b.x + 10} y={b.y + 32} className="rn-muted">{b.sublabel}</text> : null}
            <rect x={b.x + b.w - 64} y={b.y + 6} width={56} height={18} rx={9} className={b.isPublic ? "rn-badge-public" : "rn-badge-private"} />
            <text x={b.x + b.w - 36} y={b.y + 19} textAnchor="middle" className="rn-badge-text">{b.badge}</text>
          </g>
        ) : (
          <g key={b.id} aria-hidden="true">
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={b.kind === "az" ? 6 : 4} className={`rn-${b.kind}`} />
            {b.kind === "vpc" ? (
              <>
                <text x={b.x + 12} y={b.y + 22} className="rn-vpc-label">{b.label}</text>
                <text x={b.x + 12} y={b.y + 39} className="rn-muted">{b.sublabel}</text>
              </>
            ) : b.kind === "az" ? (
              <text x={b.x + 10} y={b.y + 17} className="rn-az-label">{b.label}</text>
            ) : (
              <text x={b.x + 12} y={b.y + 22} className="rn-strong">{b.label}</text>
            )}
          </g>
        ),
      )}
      {layout.links.map((l) => (
        <polyline
          key={`${l.from}-${l.to}`}
          points={l.points.map((p) => p.join(",")).join(" ")}
          className={`rn-link rn-link-${l.kind}${l.pending ? " rn-link-pending" : ""}`}
          aria-hidden="true"
        />
      ))}
    </>
  );
});

/** The path: forward and return legs (the forward leg draws itself in with a CSS animation), blocked last hop dashed. */
const Legs = memo(function Legs({ overlay, arrow, arrowReturn }: { overlay: PathOverlay; arrow: string; arrowReturn: string }) {
  return (
    <g className="rn-overlay" aria-hidden="true">
      {overlay.legs.map((leg) => {
        const pts = leg.leg === "return" ? leg.points.map(([x, y]) => [x + 6, y + 6] as const) : leg.points;
        if (pts.length < 2) return null;
        // A blocked leg: its last hop (which may bend) is drawn dashed.
        const solid = leg.blocked ? pts.slice(0, leg.lastHopStart + 1) : pts;
        const last = pts.slice(leg.blocked ? leg.lastHopStart : -2);
        const points = solid.map((p) => p.join(",")).join(" ");
        const length = leg.leg === "forward" ? polylineLength(solid) : 0;
        return (
          <g key={leg.leg}>
            {solid.length >= 2 ? (
              <polyline
                // A new path is a new element, so its draw-in animation starts again.
                key={points}
                points={points}
                className={`rn-leg rn-leg-${leg.leg}${length ? " rn-leg-draw" : ""}`}
                {...(length ? { strokeDasharray: `${length} ${length}`, strokeDashoffset: length } : {})}
                markerEnd={`url(#${leg.leg === "return" ? arrowReturn : arrow})`}
                data-leg={leg.leg}
              />
            ) : null}
            {leg.blocked ? <polyline points={last.map((p) => p.join(",")).join(" ")} className="rn-leg rn-leg-blocked" data-leg={`${leg.leg}-blocked`} /> : null}
          </g>
        );
      })}
    </g>
  );
});

const Marks = memo(function Marks({ overlay, layout }: { overlay: PathOverlay; layout: Layout }) {
  return (
    <g className="rn-overlay-marks" aria-hidden="true">
      {overlay.marks.map((m) => (
        <g key={`${m.anchorId}-mark`} className={`rn-mark rn-mark-${m.status}`} transform={`translate(${m.x} ${m.y})`}>
          <MarkShape m={m} layout={layout} />
        </g>
      ))}
    </g>
  );
});

function Diagram(props: {
  layout: Layout;
  overlay: PathOverlay;
  focusedId: string | undefined;
  selectedId: string | undefined;
  idPrefix: string;
  label: string;
  handlers: NodeHandlers;
  svgRef: (el: SVGSVGElement | null) => void;
}) {
  const { layout, overlay } = props;
  const arrow = `${props.idPrefix}-arrow`;
  const arrowReturn = `${props.idPrefix}-arrow-return`;
  return (
    <svg
      ref={props.svgRef}
      className={`rn-svg ${layout.mode === "wide" ? "rn-wide" : "rn-compact"}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-label={props.label}
    >
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="rn-arrow" />
        </marker>
        <marker id={arrowReturn} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="rn-arrow-return" />
        </marker>
      </defs>
      <g className="rn-zoom-layer">
        <Boxes layout={layout} />
        <Legs overlay={overlay} arrow={arrow} arrowReturn={arrowReturn} />
        {layout.nodes.map((n) => (
          <NodeShape
            key={n.id}
            n={n}
            focused={props.focusedId === n.id}
            selected={props.selectedId === n.id}
            onPath={overlay.onPath.has(n.id)}
            handlers={props.handlers}
            idPrefix={props.idPrefix}
          />
        ))}
        <Marks overlay={overlay} layout={layout} />
      </g>
    </svg>
  );
}

function MarkShape({ m, layout }: { m: PathOverlay["marks"][number]; layout: Layout }) {
  // Marks sit on the top-right corner of a component (or on the subnet header for a subnet).
  const n = layout.nodes.find((x) => x.id === m.anchorId);
  const dx = n ? n.w / 2 - 4 : 0;
  const dy = n ? -n.h / 2 + 4 : 0;
  return (
    <>
      <circle cx={dx} cy={dy} r={10} />
      <text x={dx} y={dy + 4.5} textAnchor="middle">{m.status === "ok" ? "✓" : "✗"}</text>
    </>
  );
}

/** One component: re-rendered only when its place, focus, selection or "on the path" changes. */
const NodeShape = memo(function NodeShape(props: { n: LayoutNode; focused: boolean; selected: boolean; onPath: boolean; handlers: NodeHandlers; idPrefix: string }) {
  const { n } = props;
  const stripe = STRIPE[n.node.kind] ?? "rn-stripe-gateway";
  const outside = n.node.kind === "internet" || n.node.kind === "on-premises";
  // Not active yet (pending acceptance): dashed, greyed, and its state is written on it (colour is not the only cue).
  const pending = n.node.kind === "vpc-peering-connection" && !!inactivePeeringText(n.node.state);
  const base = `${props.idPrefix}-${n.id.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
  return (
    <g
      className={`rn-node${outside ? " rn-outside" : ""}${pending ? " rn-node-pending" : ""}${props.onPath ? " rn-on-path" : ""}`}
      role="button"
      tabIndex={props.focused ? 0 : -1}
      aria-labelledby={`${base}-t ${base}-d`}
      aria-describedby={`${base}-desc`}
      aria-pressed={props.selected}
      data-node-id={n.id}
      onKeyDown={(e) => props.handlers.onKey(e, n.id)}
      onFocus={() => props.handlers.onFocusNode(n.id)}
      onClick={() => props.handlers.onClickNode(n.id)}
    >
      <rect x={n.x - 4} y={n.y - 4} width={n.w + 8} height={n.h + 8} rx={outside ? n.h / 2 + 4 : 9} className="rn-focus-ring" />
      <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={outside ? n.h / 2 : 6} className="rn-node-box" />
      {outside ? null : <rect x={n.x} y={n.y} width={6} height={n.h} rx={2} className={stripe} />}
      <text id={`${base}-t`} x={outside ? n.x + n.w / 2 : n.x + 14} y={n.y + 19} textAnchor={outside ? "middle" : "start"} className="rn-strong">
        {n.title}
        {/* A trailing space keeps the visible text ("EC2 web 10.0.1.10") equal to the accessible name (WCAG 2.5.3). */}
        {" "}
      </text>
      <text id={`${base}-d`} x={outside ? n.x + n.w / 2 : n.x + 14} y={n.y + 36} textAnchor={outside ? "middle" : "start"} className="rn-muted">
        {n.detail}
      </text>
    </g>
  );
});

export function TopologyView(props: TopologyViewProps) {
  const { topology, layouts, analysis, onSelect } = props;
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const controller = useMemo(
    () => createTopologyController(layouts.wide.nodes, { onSelect: (id) => onSelectRef.current?.(id ? nodeById.current.get(id) : undefined) }),
    [],
  );
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const nodeById = useRef(new Map<string, TopologyNode>());
  nodeById.current = new Map(layouts.wide.nodes.map((n) => [n.id, n.node]));
  const state = useSyncExternalStore(controller.store.subscribe, controller.store.getState, controller.store.getState);
  // Until React has hydrated, the view buttons would do nothing: they are disabled and say why.
  const hydrated = useHydrated();
  const svgs = useRef<{ wide: SVGSVGElement | null; compact: SVGSVGElement | null }>({ wide: null, compact: null });
  const zooms = useRef<ZoomBehavior<SVGSVGElement, unknown>[]>([]);

  const overlays = useMemo(
    () => ({
      wide: analysis ? pathOverlay(analysis, topology, layouts.wide) : EMPTY_OVERLAY,
      compact: analysis ? pathOverlay(analysis, topology, layouts.compact) : EMPTY_OVERLAY,
    }),
    [analysis, topology, layouts],
  );
  const subnets = useMemo(() => new Map(topology.vpcs.flatMap((v) => v.azs.flatMap((a) => a.subnets.map((s) => [s.id, { id: s.id, isPublic: s.isPublic }] as const)))), [topology]);
  const subnetOf = (n: TopologyNode) => (n.subnetId ? subnets.get(n.subnetId) : undefined);
  const activeLayout = (): Layout => (svgs.current.wide && svgs.current.wide.getBoundingClientRect().width > 0 ? layouts.wide : layouts.compact);

  useEffect(() => {
    controller.setItems(layouts.wide.nodes);
  }, [controller, layouts]);

  // D3: zoom and pan on both arrangements (only the visible one receives events).
  useEffect(() => {
    const behaviours: ZoomBehavior<SVGSVGElement, unknown>[] = [];
    for (const svg of [svgs.current.wide, svgs.current.compact]) {
      if (!svg) continue;
      const layer = select(svg).select<SVGGElement>(".rn-zoom-layer");
      const z = zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.5, 4])
        .filter((event: Event) => (event.type === "wheel" ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
        .on("zoom", (event) => layer.attr("transform", event.transform.toString()));
      select(svg).call(z);
      behaviours.push(z);
    }
    zooms.current = behaviours;
    return () => {
      for (const svg of [svgs.current.wide, svgs.current.compact]) if (svg) select(svg).on(".zoom", null);
    };
  }, []);

  const zoomBy = (k: number | "reset") => {
    const duration = reducedMotion() ? 0 : 200;
    [svgs.current.wide, svgs.current.compact].forEach((svg, i) => {
      const z = zooms.current[i];
      if (!svg || !z) return;
      const s = select(svg).transition().duration(duration);
      if (k === "reset") z.transform(s, zoomIdentity);
      else z.scaleBy(s, k);
    });
  };

  const onKey = (e: KeyboardEvent<SVGGElement>, id: string) => {
    controller.focus(id);
    const nav = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key);
    if (nav) controller.setItems(activeLayout().nodes);
    if (controller.key(e.key)) {
      e.preventDefault();
      if (nav) {
        const next = controller.store.getState().focusedId;
        const svg = activeLayout() === layouts.wide ? svgs.current.wide : svgs.current.compact;
        const el = svg?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(next ?? "")}"]`);
        el?.focus();
      }
    }
  };

  // Stable handlers (the latest closures behind them), so unchanged components skip re-rendering.
  const latest = useRef({ onKey, select: (id: string) => controller.select(controller.store.getState().selectedId === id ? undefined : id) });
  latest.current = { onKey, select: (id: string) => controller.select(controller.store.getState().selectedId === id ? undefined : id) };
  const onFocusNode = useCallback((id: string) => controller.focus(id), [controller]);
  const onKeyStable = useCallback((e: KeyboardEvent<SVGGElement>, id: string) => latest.current.onKey(e, id), []);
  const onClickNode = useCallback((id: string) => latest.current.select(id), []);
  const handlers = useMemo<NodeHandlers>(() => ({ onKey: onKeyStable, onFocusNode, onClickNode }), [onKeyStable, onFocusNode, onClickNode]);
  const svgRefs = useMemo(
    () => ({
      wide: (el: SVGSVGElement | null) => {
        svgs.current.wide = el;
      },
      compact: (el: SVGSVGElement | null) => {
        svgs.current.compact = el;
      },
    }),
    [],
  );

  const label = `Network diagram${props.caption ? `: ${props.caption}` : ""}. ${layouts.wide.nodes.length} components; use the arrow keys to move between them and Enter to select.`;
  const selected = state.selectedId ? nodeById.current.get(state.selectedId) : undefined;
  const actions = selected && props.selectionActions ? props.selectionActions(selected) : null;
  const rows = useMemo(() => componentRows(topology), [topology]);
  const tableId = `${idPrefix}-table`;

  return (
    <figure className="rn-widget rn-topology m-0 flex flex-col gap-3">
      <div className="rn-toolbar" role="toolbar" aria-label="Diagram view" aria-busy={hydrated ? undefined : true}>
        <button type="button" className="rn-button" disabled={!hydrated} onClick={() => controller.toggleView()} aria-expanded={state.view === "table"} aria-controls={tableId}>
          {state.view === "table" ? "Show diagram" : "Show as table"}
        </button>
        {state.view === "diagram" ? (
          <>
            <button type="button" className="rn-button" disabled={!hydrated} onClick={() => zoomBy(1.25)}>Zoom in</button>
            <button type="button" className="rn-button" disabled={!hydrated} onClick={() => zoomBy(0.8)}>Zoom out</button>
            <button type="button" className="rn-button" disabled={!hydrated} onClick={() => zoomBy("reset")}>Reset view</button>
          </>
        ) : null}
        {hydrated ? null : <span className="text-sm text-[var(--rn-muted)]">Loading…</span>}
      </div>
      <div className={props.narrative ? "grid grid-cols-1 items-start gap-4 xl:grid-cols-[minmax(0,1fr)_20rem]" : ""}>
        <div className={`rn-topology-canvas ${switchClass(layouts.wide)} overflow-hidden rounded-lg border border-[var(--rn-border)] bg-[var(--rn-bg)] p-2`} hidden={state.view !== "diagram"}>
          {(["wide", "compact"] as const).map((mode) => (
            <Diagram
              key={mode}
              layout={layouts[mode]}
              overlay={overlays[mode]}
              focusedId={state.focusedId}
              selectedId={state.selectedId}
              idPrefix={`${idPrefix}-${mode}`}
              label={label}
              handlers={handlers}
              svgRef={svgRefs[mode]}
            />
          ))}
        </div>
        {props.narrative ? <PathNarrative lines={props.narrative} /> : null}
        <div hidden>
          {(["wide", "compact"] as const).flatMap((mode) =>
            layouts[mode].nodes.map((n) => {
              const status = overlays[mode].marks.find((m) => m.anchorId === n.id)?.status;
              return (
                <span key={`${mode}-${n.id}`} id={`${idPrefix}-${mode}-${n.id.replace(/[^a-zA-Z0-9_-]/g, "_")}-desc`}>
                  {accessibleName(n.node, subnetOf(n.node))}
                  {status === "blocked" ? ", blocked here" : status === "ok" ? ", on the path, passed" : ""}
                </span>
              );
            }),
          )}
        </div>
      </div>
      {/* The table scrolls sideways on a phone: a named, focusable region, so keyboard users can scroll it too. */}
      <div id={tableId} className="rn-table-wrap" role="region" aria-label={`Components${props.caption ? ` of ${props.caption}` : ""} (table)`} tabIndex={0} hidden={state.view !== "table"}>
        <table className="rn-table">
          <caption>Components{props.caption ? ` of ${props.caption}` : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Type</th>
              <th scope="col">Subnet</th>
              <th scope="col">Availability Zone</th>
              <th scope="col">Private addresses</th>
              <th scope="col">Public addresses</th>
              <th scope="col">Placement</th>
              <th scope="col">Security groups</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name}
                  {r.name !== r.id ? <span className="rn-mono block text-[var(--rn-muted)]">{r.id}</span> : null}
                </th>
                <td>{r.kind}</td>
                <td>{r.subnet}</td>
                <td>{r.availabilityZone}</td>
                <td className="rn-mono">{r.privateAddresses}</td>
                <td className="rn-mono">{r.publicAddresses}</td>
                <td>{r.exposure}</td>
                <td className="rn-mono">{r.securityGroups}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.caption ? <figcaption className="text-sm text-[var(--rn-muted)]">{props.caption}</figcaption> : null}
      {selected ? (
        <div className="rn-panel text-sm" aria-live="polite">
          <p className="m-0 font-semibold">Selected: {accessibleName(selected, subnetOf(selected))}</p>
          {selected.securityGroupIds.length > 0 ? <p className="m-0">Security groups: <span className="rn-mono">{selected.securityGroupIds.join(", ")}</span></p> : null}
          {actions ? <div className="rn-toolbar mt-2">{actions}</div> : null}
        </div>
      ) : null}
    </figure>
  );
}

/** The current path in numbered sentences, in a polite live region so a change of path is read out. */
export function PathNarrative({ lines }: { lines: readonly NarrativeLine[] }) {
  return (
    <div className="rn-narrative rn-panel self-start" aria-live="polite">
      <h3>What happens to the packet</h3>
      <ol className="mt-2 text-sm">
        {lines.map((line) => (
          <li key={line.n} className={line.status === "blocked" ? "rn-blocked-text" : undefined}>
            <span aria-hidden="true">{line.status === "blocked" ? "✗ " : line.status === "ok" ? "✓ " : ""}</span>
            {line.n}. {line.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
