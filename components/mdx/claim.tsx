// <Claim>: a sentence of the lesson that states a fact about a network, shown with the verdict the engine
// computes for it (server-rendered; the content checks recompute the same query in CI and fail on a mismatch).
import type { ReactNode } from "react";
import type { TagProps } from "@/lib/content/lesson-tags";
import { runQuery, verdictOf, type Verdict } from "@/lib/content/network-facts";
import { loadLessonNetwork } from "@/lib/content/networks";

export function Claim({ children, ...props }: TagProps<"Claim"> & { children?: ReactNode }) {
  const network = loadLessonNetwork(props.network);
  let verdict: Verdict | null = null;
  let problem: string | null = null;
  if (!network.ok) problem = network.error;
  else {
    const run = runQuery(network.model, props);
    if (run.ok) verdict = verdictOf(run.analysis);
    else problem = run.error;
  }
  const holds = verdict !== null && verdict.expect === props.expect && (props.code === undefined || props.code === verdict.code);
  const query = `${props.source} → ${props.destination}, ${props.protocol}${props.port !== undefined ? ` ${props.port}` : ""}`;
  return (
    <div className="claim my-6 rounded-xl border border-border bg-bg px-5 py-1 shadow-sm [&>p]:my-3">
      {children}
      <p className="not-prose mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-border pt-2 text-sm text-muted">
        <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${holds ? "bg-accent-soft text-fg" : "bg-danger-soft text-danger"}`}>
          <span aria-hidden="true">{holds ? "✓" : "!"}</span>
          {holds ? "Checked by the engine" : "The engine disagrees"}
        </span>
        <span className="min-w-0 [overflow-wrap:anywhere]">
          <span className="font-mono text-xs">{query}</span>:{" "}
          {verdict ? (
            <>
              <strong className={verdict.expect === "reachable" ? "text-success" : "text-danger"}>{verdict.expect}</strong>
              {verdict.code ? <code className="ml-1 font-mono text-xs">{verdict.code}</code> : null}
            </>
          ) : (
            <span>{problem}</span>
          )}
        </span>
      </p>
    </div>
  );
}
