import { onlyAllow } from "@/lib/http/only-allow";
import { signUpSchema } from "@/lib/auth/account-schemas";
import { ACCOUNT_EXISTS, createAccount } from "@/lib/auth/accounts.server";
import { db } from "@/lib/db/client.server";
import { apiHandler } from "@/lib/http/api-handler.server";
import { jsonError, jsonOk } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

/** POST /api/signup { name, email, password } → 201 { user }; the form then signs in through next-auth. */
export const POST = apiHandler(async (request) => {
  const input = await readJsonBody(request, signUpSchema);
  const result = await createAccount(db(), input);
  if (!result.ok) return jsonError(409, ACCOUNT_EXISTS, { email: [ACCOUNT_EXISTS] });
  const { id, name, email } = result.user;
  return jsonOk({ user: { id, name, email } }, 201);
});

const others = onlyAllow("POST");
export const { GET, PUT, PATCH, DELETE } = others;
