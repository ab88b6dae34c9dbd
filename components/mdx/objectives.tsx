/** "What you will learn": the lesson's frontmatter objectives, rendered where the lesson writes <Objectives />. */
export function Objectives({ objectives }: { objectives: readonly string[] }) {
  return (
    <section aria-labelledby="what-you-will-learn" className="not-prose my-8 rounded-xl border border-border bg-surface p-5 sm:p-6">
      <h2 id="what-you-will-learn" className="text-lg font-semibold tracking-tight">
        What you will learn
      </h2>
      <ul className="mt-3 space-y-2">
        {objectives.map((objective) => (
          <li key={objective} className="flex gap-3">
            <span aria-hidden="true" className="mt-0.5 font-bold text-accent">
              →
            </span>
            <span>{objective}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
