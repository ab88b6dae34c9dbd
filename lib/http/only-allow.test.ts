import { describe, expect, it } from "vitest";
import { onlyAllow } from "./only-allow";

describe("onlyAllow", () => {
  it("answers other methods with 405 JSON naming the allowed ones", async () => {
    const { DELETE } = onlyAllow("GET");
    const response = DELETE(new Request("http://localhost/api/progress", { method: "DELETE" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(await response.json()).toEqual({ error: "DELETE is not supported here. Use GET." });
  });
});
