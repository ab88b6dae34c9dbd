"use client";
import { signIn } from "next-auth/react";
import { secondaryButton } from "../ui/styles";

/** One button per OAuth/OIDC provider that is switched on (none by default). */
export function OAuthButtons({ providers, callbackPath }: { providers: { id: string; label: string }[]; callbackPath: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-3 text-sm text-muted before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">
        or
      </p>
      {providers.map((provider) => (
        <button key={provider.id} type="button" className={`${secondaryButton} w-full`} onClick={() => signIn(provider.id, { callbackUrl: callbackPath })}>
          {provider.label}
        </button>
      ))}
    </div>
  );
}
