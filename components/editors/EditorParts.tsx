"use client";
/** Small shared pieces of the console-like editors: the Type + Port range pair, and the inline error. */
import { RULE_TYPES, type RuleProtocol } from "./console-types";

export interface TypeDraft {
  typeName: string;
  ports: string;
}

export const DEFAULT_TYPE: TypeDraft = { typeName: "HTTPS", ports: "443" };

export function typeProtocol(d: TypeDraft): RuleProtocol {
  return RULE_TYPES.find((t) => t.name === d.typeName)?.protocol ?? "tcp";
}

/** `invalid` marks the Port range as the field an error names; `describedBy` is that error's id. */
export function TypeFields({ idPrefix, value, onChange, invalid = false, describedBy }: { idPrefix: string; value: TypeDraft; onChange: (v: TypeDraft) => void; invalid?: boolean; describedBy?: string }) {
  const type = RULE_TYPES.find((t) => t.name === value.typeName);
  const fixed = !!type?.ports;
  return (
    <>
      <div>
        <label className="rn-label" htmlFor={`${idPrefix}-type`}>Type</label>
        <select
          id={`${idPrefix}-type`}
          className="rn-select"
          value={value.typeName}
          onChange={(e) => {
            const t = RULE_TYPES.find((x) => x.name === e.target.value);
            onChange({ typeName: e.target.value, ports: t?.ports ? (t.protocol === "all" || t.protocol === "icmp" ? "" : t.ports[0] === t.ports[1] ? String(t.ports[0]) : `${t.ports[0]}-${t.ports[1]}`) : value.ports });
          }}
        >
          {RULE_TYPES.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="rn-label" htmlFor={`${idPrefix}-ports`}>Port range</label>
        <input
          id={`${idPrefix}-ports`}
          className="rn-input"
          value={type?.protocol === "all" || type?.protocol === "icmp" ? "All" : value.ports}
          readOnly={fixed}
          aria-readonly={fixed}
          placeholder="e.g. 8080 or 1024-65535"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...value, ports: e.target.value })}
        />
      </div>
    </>
  );
}

/** Marks a row's Remove/Delete button, and the editor's Add/Create button, for `focusAfterRemoval`. */
const REMOVE_BUTTON = "[data-row-remove]";
const ADD_BUTTON = "[data-add-action]";

/**
 * Call from a row's Remove (Delete) button, before the edit takes its row away: keyboard users keep their place
 * instead of falling back to the top of the page. The focus goes at once to the table's scrolling region (named,
 * focusable), so the browser does not have to blur (and lay out) a focused element that is being removed while
 * the diagram redraws; once the table has redrawn, to the Remove button now in the removed row's place (the next
 * row's), else the previous row's, else the editor's Add button (`data-add-action`). A refused removal leaves the
 * row, so the focus returns to its button. If the learner has moved the focus meanwhile, it stays where it is.
 */
export function focusAfterRemoval(button: HTMLElement): void {
  const region = button.closest<HTMLElement>('[role="region"]');
  if (!region) return;
  const editor = region.closest<HTMLElement>("section");
  const index = [...region.querySelectorAll<HTMLElement>(REMOVE_BUTTON)].indexOf(button);
  region.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active !== region && active !== document.body && active !== null) return;
    const left = [...region.querySelectorAll<HTMLElement>(REMOVE_BUTTON)];
    const target = left[index] ?? left[index - 1] ?? editor?.querySelector<HTMLElement>(ADD_BUTTON);
    target?.focus();
  });
}

export function InlineError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="rn-error m-0">
      {message}
    </p>
  ) : null;
}
