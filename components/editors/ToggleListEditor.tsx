"use client";
/**
 * A list of things a resource is switched on for, as the console shows them with checkboxes: a route table's
 * route propagation per virtual private gateway, a transit gateway route table's associations and propagations
 * per attachment. Ticking or clearing a box makes the change at once through `onToggle` (the caller builds the
 * field's new value and takes the reload-or-refuse path).
 */
import { useId, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { InlineError } from "./EditorParts";

export interface ToggleItem {
  readonly id: string;
  /** What the box says, e.g. "tgw-attach-dev (vpc vpc-dev)". */
  readonly label: string;
  readonly on: boolean;
}

export function ToggleListEditor({
  lab,
  resourceId,
  title,
  legend,
  items,
  empty,
  errorId,
  onToggle,
}: {
  lab: NetworkLabController;
  resourceId: string;
  title?: string;
  /** The fieldset's legend: "Associations", "Route propagation". */
  legend: string;
  items: readonly ToggleItem[];
  empty: string;
  /** Without a title the caller shows the resource's error: the id of that element, so the list is described by it. */
  errorId?: string;
  onToggle: (itemId: string, on: boolean) => boolean;
}) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const error = state.errors[resourceId]?.message;
  const describedBy = error ? (title ? `${uid}-error` : errorId) : undefined;
  const body = (
    <fieldset className="m-0 flex flex-col gap-1 border-0 p-0" aria-describedby={describedBy}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {items.length === 0 ? <p className="m-0 text-sm text-[var(--rn-muted)]">{empty}</p> : null}
      {items.map((item) => (
        <label key={item.id} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
          <input type="checkbox" className="h-6 w-6 shrink-0" checked={item.on} onChange={(e) => onToggle(item.id, e.target.checked)} />
          <span className="rn-mono">{item.label}</span>
        </label>
      ))}
    </fieldset>
  );
  if (!title) return body;
  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{title}</h3>
      {body}
      <InlineError id={`${uid}-error`} message={error} />
    </section>
  );
}
