"use client";
/**
 * One field of a resource that takes one of a few values, as the console offers it: a load balancer's Scheme
 * (Internet-facing or Internal), a NAT gateway's subnet. The change is made by `setField` (the caller's
 * reload-or-refuse path), so the engine checks it like any other edit.
 */
import { useId, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { InlineError } from "./EditorParts";

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

export function SelectFieldEditor({
  lab,
  resourceId,
  title,
  label,
  current,
  options,
  note,
  setField,
}: {
  lab: NetworkLabController;
  resourceId: string;
  /** The section's heading, e.g. "Load balancer shop-alb: Scheme". */
  title: string;
  /** The select's label, e.g. "Scheme". */
  label: string;
  current: string | undefined;
  options: readonly FieldOption[];
  note?: string;
  setField: (value: string, done: string) => boolean;
}) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [choice, setChoice] = useState(current ?? "");
  const error = state.errors[resourceId]?.message;
  const errorId = `${uid}-error`;
  const currentLabel = options.find((o) => o.value === current)?.label ?? current ?? "none";
  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{title}</h3>
      <p className="m-0 text-sm">
        {label}: <span className="font-semibold">{currentLabel}</span>
      </p>
      {note ? <p className="m-0 text-sm text-[var(--rn-muted)]">{note}</p> : null}
      <form
        className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto]"
        aria-label={`Change ${label.toLowerCase()} of ${resourceId}`}
        onSubmit={(e) => {
          e.preventDefault();
          const picked = options.find((o) => o.value === choice);
          if (!picked) return;
          setField(picked.value, `${label} of ${resourceId} is now ${picked.label}.`);
        }}
      >
        <div>
          <label className="rn-label" htmlFor={`${uid}-value`}>{label}</label>
          <select id={`${uid}-value`} className="rn-select" value={choice} onChange={(e) => setChoice(e.target.value)} aria-invalid={!!error} aria-describedby={error ? errorId : undefined}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rn-button rn-button-primary">Save {label.toLowerCase()}</button>
      </form>
      <InlineError id={errorId} message={error} />
    </section>
  );
}
