"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { secondaryButton } from "../ui/styles";

/** Signs out through next-auth (CSRF-protected POST), then loads the home page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={`${secondaryButton} px-4`}
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
