// The SQLite driver adapter with write-ahead logging, so a commit costs a write to the log instead of several
// fsyncs of the database and its journal. Measured on a loaded 2-core VM: an insert 21 ms -> 1.3 ms; graded
// exercise submissions from 50 learners at once need it (bench/README.md). See docs/decisions/0006.
//
// - journal_mode=WAL is stored in the database file, so it is set once, on the first connection.
// - synchronous=NORMAL is per connection and cannot be changed inside a transaction. The adapter's libSQL
//   client hands its connection to each transaction and opens a new one afterwards, so it is set again on the
//   next connection before it is used (a statement on a connection that already has it costs a few µs).
//   NORMAL in WAL mode never corrupts the database; a power cut or OS crash may lose the last commits.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
export const WAL = statement("PRAGMA journal_mode = WAL");
export const SYNCHRONOUS_NORMAL = statement("PRAGMA synchronous = NORMAL");

/** Wraps a connected adapter: NORMAL on every connection it uses, tracked across transactions. */
export function tuneConnection(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  let tuned = false;
  const tune = async () => {
    if (tuned) return;
    await executeRaw(SYNCHRONOUS_NORMAL);
    tuned = true;
  };
  adapter.queryRaw = async (query) => {
    await tune();
    return queryRaw(query);
  };
  adapter.executeRaw = async (query) => {
    await tune();
    return executeRaw(query);
  };
  adapter.startTransaction = async (isolationLevel) => {
    await tune();
    const transaction = await startTransaction(isolationLevel);
    // The transaction took the connection; the next statement outside it runs on a new one.
    tuned = false;
    return transaction;
  };
  return adapter;
}

/** A libSQL adapter factory for a file: URL, in WAL mode with synchronous=NORMAL. */
export function walSqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaLibSQL({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.queryRaw(WAL);
      return tuneConnection(adapter);
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
