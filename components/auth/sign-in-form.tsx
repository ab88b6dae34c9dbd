"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signInSchema } from "@/lib/auth/account-schemas";
import { signInErrorMessage, WRONG_CREDENTIALS } from "@/lib/auth/sign-in-messages";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { ErrorSummary } from "../forms/error-summary";
import { summaryMessages } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { primaryButton } from "../ui/styles";

const FIELDS = ["email", "password"] as const;

/** Signs in with email and password through next-auth, then opens the callback path (same origin only). */
export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const [errors, setErrors] = useState<FieldErrors>(initialError ? { "": [initialError] } : {});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    try {
      const result = await signIn("credentials", { redirect: false, email: parsed.data.email, password: parsed.data.password });
      if (result?.ok && !result.error) {
        window.location.assign(callbackPath);
        return;
      }
      setErrors({ "": [signInErrorMessage(result?.error ?? "CredentialsSignin") ?? WRONG_CREDENTIALS] });
    } catch {
      setErrors({ "": ["The server could not be reached. Check your connection and try again."] });
    }
    setPending(false);
  }

  const general = errors[""] ?? [];
  const fieldMessages = summaryMessages({ ...errors, "": [] }, FIELDS);
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      {general.length > 0 ? (
        <div role="alert" className="rounded-lg border-2 border-danger bg-danger-soft p-4 font-medium text-fg">
          {general.join(" ")}
        </div>
      ) : null}
      <ErrorSummary title="Check these fields" messages={fieldMessages} />
      <TextField name="email" label="Email" type="email" autoComplete="email" inputMode="email" required errors={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={errors.password} />
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
