/** The list of what is wrong with a form, announced as an alert. Links move focus to each field. */
export function ErrorSummary({ title, messages }: { title: string; messages: { field?: string; message: string }[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-4 text-fg">
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {messages.map(({ field, message }) => (
          <li key={`${field ?? ""}:${message}`}>
            {field ? (
              <a href={`#field-${field}`} className="underline underline-offset-4">
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
