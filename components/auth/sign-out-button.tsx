"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { secondaryButtonCompact } from "../ui/styles";

/** Signs out through next-auth (CSRF-protected POST), then loads the home page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={secondaryButtonCompact}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ redirect: false });
        window.location.assign("/");
      }}
    >
      Sign out
    </button>
  );
}
