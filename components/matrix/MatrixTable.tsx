/**
 * The reachability matrix table, drawn from a computed view: a server component in lessons (no browser code at
 * all), and the body of ReachabilityMatrixView in a lab (cells are buttons that load the pair into the probe).
 * The caption is a paragraph above the scrolling region (it names the table and the region), so on a narrow
 * screen it wraps in place instead of scrolling away with the table.
 */
import type { MatrixCell } from "@/lib/reachability";
import "@/components/network/widgets.css";
import { cellText, matrixCaption, type MatrixView } from "./matrix-controller";

export interface MatrixTableProps {
  readonly view: MatrixView;
  /** A page-unique id for the caption. */
  readonly captionId: string;
  /** Cells become buttons: selecting one calls this. */
  readonly onSelect?: (source: string, destination: string) => void;
}

function Cell({ cell, source, destination, selected, onSelect }: { cell: MatrixCell; source: string; destination: string; selected: boolean; onSelect: MatrixTableProps["onSelect"] }) {
  const text = cellText(cell);
  const cls = cell.NetworkPathFound ? "rn-ok-text" : "rn-blocked-text";
  return onSelect ? (
    <button type="button" className={`rn-button ${cls} text-left`} aria-pressed={selected} aria-label={`${source} to ${destination}: ${text}. Show this path in the probe.`} onClick={() => onSelect(source, destination)}>
      {text}
    </button>
  ) : (
    <span className={cls}>{text}</span>
  );
}

export function MatrixTable({ view, captionId, onSelect }: MatrixTableProps) {
  const caption = matrixCaption(view);
  return (
    <div className="rn-widget flex flex-col gap-2">
      <p id={captionId} className="rn-matrix-caption m-0 text-sm">
        {caption}
      </p>
      {/* A focusable, named region: the table can be wider than the page, and keyboard users must be able to scroll it. */}
      <div className="rn-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="rn-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Source ↓ / Destination →</th>
              {view.endpoints.map((d) => (
                <th key={d} scope="col" className="rn-mono">{d}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.endpoints.map((s, i) => (
              <tr key={s}>
                <th scope="row" className="rn-mono">{s}</th>
                {view.endpoints.map((d, j) => {
                  const cell = view.cells[i]?.[j];
                  if (!cell) return <td key={d} aria-label="same endpoint">—</td>;
                  return (
                    <td key={d}>
                      <Cell cell={cell} source={s} destination={d} selected={view.selected?.source === s && view.selected.destination === d} onSelect={onSelect} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
