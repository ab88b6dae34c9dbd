"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signUpSchema } from "@/lib/auth/account-schemas";
import type { ErrorBody } from "@/lib/http/json-response";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { ErrorSummary } from "../forms/error-summary";
import { summaryMessages } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { primaryButton } from "../ui/styles";

const FIELDS = ["name", "email", "password"] as const;

/** Creates an account (POST /api/signup), then signs in with it and opens the callback path (the dashboard by default). */
export function SignUpForm({ callbackPath = "/dashboard" }: { callbackPath?: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { name: String(data.get("name") ?? ""), email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    try {
      const response = await fetch("/api/signup", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as ErrorBody | null;
        setErrors(body?.fieldErrors ?? { "": [body?.error ?? "Your account could not be created. Please try again."] });
        setPending(false);
        return;
      }
      const result = await signIn("credentials", { redirect: false, email: parsed.data.email, password: parsed.data.password });
      if (!result?.ok) {
        window.location.assign(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
        return;
      }
      window.location.assign(callbackPath);
    } catch {
      setErrors({ "": ["The server could not be reached. Check your connection and try again."] });
      setPending(false);
    }
  }

  const messages = summaryMessages(errors, FIELDS);
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5" aria-describedby={messages.length ? "signup-errors" : undefined}>
      <div id="signup-errors">
        <ErrorSummary title="Your account could not be created" messages={messages} />
      </div>
      <TextField name="name" label="Name" autoComplete="name" required maxLength={80} errors={errors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" inputMode="email" required errors={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="8 to 128 characters. A short sentence is easy to remember."
        errors={errors.password}
      />
      <button type="submit" className={`${primaryButton} w-full`} disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
