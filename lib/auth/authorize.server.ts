import "server-only";
// Authorization in one place: every page and route handler asks here who the caller is.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "../db/client.server";
import { findUser } from "./accounts.server";
import { authOptions } from "./auth-options.server";
import { createAuthorizer, type CurrentUser } from "./authorizer";

const authorizer = createAuthorizer({
  async sessionUserId() {
    // Reading the session makes a page dynamic; say so first, so `next build` never builds auth options.
    await connection();
    const session = await getServerSession(authOptions());
    return session?.user.id || null;
  },
  loadUser: (id) => findUser(db(), id),
});

export const currentUser = authorizer.currentUser;
export const requireUser = authorizer.requireUser;
export const requireRole = authorizer.requireRole;

/** For pages: the signed-in user, or a redirect to sign in that returns to `returnTo`. */
export async function requireUserOrRedirect(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
