import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  name: string;
  label: string;
  /** Messages for this field; shown under it and linked with aria-describedby. */
  errors?: string[] | undefined;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and error, linked for screen readers. Errors carry an icon and text, not colour alone. */
export function TextField({ name, label, errors, hint, ...input }: TextFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1.5 block min-h-11 w-full rounded-lg border bg-bg px-3 py-2 text-base text-fg shadow-sm placeholder:text-muted ${
          errors?.length ? "border-danger border-2" : "border-border"
        }`}
        {...input}
      />
      {errors?.length ? (
        <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-danger">
          <span aria-hidden="true">⚠</span>
          <span>{errors.join(". ")}</span>
        </p>
      ) : null}
    </div>
  );
}
