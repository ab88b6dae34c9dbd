"use client";
/** Route table editor, laid out like the console: Destination, Target, Status, Propagated; add, edit, remove. */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { InlineError, focusAfterRemoval } from "./EditorParts";
import { ROUTE_TARGET_GROUPS, type RouteTargetOption } from "./route-targets";
import { routeRows } from "./rows";

/** The Target list as the console groups it: Internet gateway, NAT gateway, Peering connection, …, Instance, Network interface. */
function TargetOptions({ targets }: { targets: readonly RouteTargetOption[] }) {
  return (
    <>
      {ROUTE_TARGET_GROUPS.filter((g) => targets.some((t) => t.group === g)).map((g) => (
        <optgroup key={g} label={g}>
          {targets
            .filter((t) => t.group === g)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

export function RouteTableEditor({ lab, routeTableId }: { lab: NetworkLabController; routeTableId: string }) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { inSnapshot, rows } = routeRows(state.snapshot, state.model, routeTableId);
  const targets = lab.routeTargetOptions(routeTableId);
  const [draft, setDraft] = useState({ destination: "", target: "" });
  const [editing, setEditing] = useState<{ index: number; destination: string; target: string } | undefined>();
  const error = state.errors[routeTableId]?.message;
  const errorId = `${uid}-error`;
  const name = state.model.routeTables.get(routeTableId)?.name;
  // Where keyboard focus goes once the row has re-rendered: into the edit row on Edit, back to the row's Edit
  // button on Save or Cancel (the button that had focus is gone by then).
  const sectionRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef<{ to: "edit-input" } | { to: "edit-button"; index: number } | null>(null);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    pendingFocus.current = null;
    const root = sectionRef.current;
    const el = want.to === "edit-input" ? root?.querySelector<HTMLElement>(`[id="${uid}-edit-dest"]`) : (root?.querySelector<HTMLElement>(`[data-edit-index="${want.index}"]`) ?? root?.querySelector<HTMLElement>(".rn-table-wrap"));
    el?.focus();
  });
  const startEditing = (index: number, destination: string, target: string) => {
    pendingFocus.current = { to: "edit-input" };
    setEditing({ index, destination, target });
  };
  const stopEditing = (index: number) => {
    pendingFocus.current = { to: "edit-button", index };
    setEditing(undefined);
  };

  return (
    <section ref={sectionRef} className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        Route table <span className="rn-mono">{routeTableId}</span>
        {name ? ` (${name})` : ""}: Routes
      </h3>
      {!inSnapshot ? <p className="m-0 text-sm">This route table was filled in by the engine and is not in the snapshot, so it cannot be edited.</p> : null}
      <div className="rn-table-wrap" role="region" aria-label={`Routes of ${routeTableId}`} tabIndex={0}>
        <table className="rn-table">
          <caption className="rn-visually-hidden">Routes of {routeTableId}</caption>
          <thead>
            <tr>
              <th scope="col">Destination</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
              <th scope="col">Propagated</th>
              <th scope="col" className="rn-actions">
                <span className="rn-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) =>
              editing && r.index === editing.index ? (
                <tr key={`edit-${i}`}>
                  <td>
                    <label className="rn-visually-hidden" htmlFor={`${uid}-edit-dest`}>Destination</label>
                    <input id={`${uid}-edit-dest`} className="rn-input rn-mono" value={editing.destination} onChange={(e) => setEditing({ ...editing, destination: e.target.value })} aria-describedby={error ? errorId : undefined} />
                  </td>
                  <td>
                    <label className="rn-visually-hidden" htmlFor={`${uid}-edit-target`}>Target</label>
                    <select id={`${uid}-edit-target`} className="rn-select rn-mono" value={editing.target} onChange={(e) => setEditing({ ...editing, target: e.target.value })}>
                      {targets.some((t) => t.id === editing.target) ? null : <option value={editing.target}>{editing.target}</option>}
                      <TargetOptions targets={targets} />
                    </select>
                  </td>
                  <td>{r.status}</td>
                  <td>{r.propagated}</td>
                  <td className="rn-actions whitespace-nowrap">
                    <button type="button" className="rn-button rn-button-primary" onClick={() => lab.replaceRoute(routeTableId, editing.index, editing) && stopEditing(editing.index)}>Save</button>{" "}
                    <button type="button" className="rn-button" onClick={() => { stopEditing(editing.index); lab.clearError(routeTableId); }}>Cancel</button>
                  </td>
                </tr>
              ) : (
                <tr key={`${r.destination}-${i}`}>
                  <td className="rn-mono">{r.destination}</td>
                  <td className="rn-mono">{r.target}</td>
                  <td>{r.status === "Active" ? "Active" : <span className="rn-blocked-text">Blackhole</span>}</td>
                  <td>{r.propagated}</td>
                  <td className="rn-actions whitespace-nowrap">
                    {r.editable && r.index !== undefined && inSnapshot ? (
                      <>
                        <button type="button" className="rn-button" data-edit-index={r.index} onClick={() => startEditing(r.index!, r.destination, r.target)} aria-label={`Edit route ${r.destination}`}>Edit</button>{" "}
                        <button type="button" className="rn-button rn-button-danger" data-row-remove="" onClick={(e) => { focusAfterRemoval(e.currentTarget); lab.removeRoute(routeTableId, r.index!); }} aria-label={`Remove route ${r.destination}`}>Remove</button>
                      </>
                    ) : (
                      <span className="text-sm text-[var(--rn-muted)]">{r.target === "local" ? "local (fixed)" : "read-only"}</span>
                    )}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {inSnapshot ? (
        <form
          className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_1fr_auto]"
          onSubmit={(e) => {
            e.preventDefault();
            if (lab.addRoute(routeTableId, draft)) setDraft({ destination: "", target: "" });
          }}
          aria-label={`Add a route to ${routeTableId}`}
        >
          <div>
            <label className="rn-label" htmlFor={`${uid}-dest`}>Destination</label>
            <input id={`${uid}-dest`} className="rn-input rn-mono" placeholder="e.g. 0.0.0.0/0" value={draft.destination} onChange={(e) => setDraft({ ...draft, destination: e.target.value })} aria-describedby={error ? errorId : undefined} aria-invalid={state.errors[routeTableId]?.field === "destination"} />
          </div>
          <div>
            <label className="rn-label" htmlFor={`${uid}-target`}>Target</label>
            <select id={`${uid}-target`} className="rn-select rn-mono" value={draft.target} onChange={(e) => setDraft({ ...draft, target: e.target.value })} aria-describedby={error ? errorId : undefined} aria-invalid={state.errors[routeTableId]?.field === "target"}>
              <option value="">Choose a target…</option>
              <TargetOptions targets={targets} />
            </select>
          </div>
          <button type="submit" className="rn-button rn-button-primary" data-add-action="">Add route</button>
        </form>
      ) : null}
      <InlineError id={errorId} message={error} />
    </section>
  );
}
