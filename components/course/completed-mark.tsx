/** The "✓ Completed" mark of a lesson in the course list; an empty slot of the same size when not completed. */
export function CompletedMark({ completed, where }: { completed: boolean; where?: string }) {
  return (
    <span className="inline-flex h-7 min-w-28 items-center justify-end">
      {completed ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-0.5 text-sm font-semibold text-success">
          <span aria-hidden="true">✓</span> Completed{where ? <span className="sr-only"> {where}</span> : null}
        </span>
      ) : null}
    </span>
  );
}
