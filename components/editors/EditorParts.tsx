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

export function TypeFields({ idPrefix, value, onChange }: { idPrefix: string; value: TypeDraft; onChange: (v: TypeDraft) => void }) {
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
          onChange={(e) => onChange({ ...value, ports: e.target.value })}
        />
      </div>
    </>
  );
}

/**
 * Before a row's Remove button takes its row away, move the focus to the table's scrolling region (named, focusable):
 * keyboard users stay in the table instead of falling back to the top of the page, and the browser does not have
 * to blur (and lay out) a focused element that is being removed while the diagram redraws.
 */
export function focusTableRegion(button: HTMLElement): void {
  button.closest<HTMLElement>('[role="region"]')?.focus({ preventScroll: true });
}

export function InlineError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="rn-error m-0">
      {message}
    </p>
  ) : null;
}
