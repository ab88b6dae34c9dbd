// On a real SQLite file: WAL is on, and every connection the adapter uses (before, inside and after
// transactions) writes with synchronous=NORMAL.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { walSqliteAdapter } from "./sqlite-adapter";

const dir = mkdtempSync(path.join(os.tmpdir(), "reachable-sqlite-adapter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const q = (sql: string) => ({ sql, args: [], argTypes: [] });
const first = (result: { rows: unknown[][] }) => result.rows[0]?.[0];

describe("walSqliteAdapter", () => {
  it("uses write-ahead logging and synchronous=NORMAL on every connection, across transactions", async () => {
    const adapter = await walSqliteAdapter(`file:${path.join(dir, "t.db")}`).connect();
    expect(first(await adapter.queryRaw(q("PRAGMA journal_mode")))).toBe("wal");
    await adapter.executeRaw(q("CREATE TABLE t (x INTEGER)"));
    expect(first(await adapter.queryRaw(q("PRAGMA synchronous")))).toBe(1);
    for (let i = 0; i < 3; i++) {
      const tx = await adapter.startTransaction();
      expect(first(await tx.queryRaw(q("PRAGMA synchronous")))).toBe(1);
      await tx.executeRaw(q("INSERT INTO t VALUES (1)"));
      await tx.commit();
      // After the transaction the client works on a new connection: tuned again before use.
      expect(first(await adapter.queryRaw(q("PRAGMA synchronous")))).toBe(1);
    }
    expect(first(await adapter.queryRaw(q("SELECT COUNT(*) FROM t")))).toBe(3);
    await adapter.dispose();
  });
});
