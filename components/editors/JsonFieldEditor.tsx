"use client";
/**
 * One field of a resource as the AWS JSON shows it (describe-* output), edited as text: for fields that have no
 * console-like editor of their own. The text must be JSON; the change is made by `setField` (the caller's
 * reload-or-refuse path), so the engine checks it like any other edit.
 */
import { useId, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { InlineError } from "./EditorParts";

export function JsonFieldEditor({
  lab,
  resourceId,
  resourceLabel,
  field,
  current,
  setField,
}: {
  lab: NetworkLabController;
  resourceId: string;
  /** "Load balancer", "Transit gateway route table", ... */
  resourceLabel: string;
  field: string;
  current: unknown;
  setField: (value: unknown, done: string) => boolean;
}) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [text, setText] = useState(() => JSON.stringify(current ?? null, null, 2));
  const [syntax, setSyntax] = useState<string | undefined>();
  const error = syntax ?? state.errors[resourceId]?.message;
  const errorId = `${uid}-error`;
  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        {resourceLabel} <span className="rn-mono">{resourceId}</span>: {field}
      </h3>
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (err) {
            setSyntax(`This is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
            return;
          }
          setSyntax(undefined);
          setField(value, `${field} of ${resourceId} saved.`);
        }}
      >
        <label className="rn-label" htmlFor={`${uid}-json`}>{field} (JSON, as describe-* shows it)</label>
        <textarea id={`${uid}-json`} className="rn-input rn-mono min-h-32" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!error} aria-describedby={error ? errorId : undefined} />
        <div>
          <button type="submit" className="rn-button rn-button-primary">Save {field}</button>
        </div>
      </form>
      <InlineError id={errorId} message={error} />
    </section>
  );
}
