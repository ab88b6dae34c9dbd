import "server-only";
// The database-backed attempt store: one SignInAttempt row per failure and key.
import type { Db } from "../db/create-db";
import type { AttemptStore } from "./sign-in-rate-limit";

export function createDbAttemptStore(database: Db): AttemptStore {
  return {
    countSince(key, since) {
      return database.signInAttempt.count({ where: { key, createdAt: { gte: since } } });
    },
    async record(keys, at, expiredBefore) {
      await database.$transaction([
        database.signInAttempt.deleteMany({ where: { key: { in: keys }, createdAt: { lt: expiredBefore } } }),
        ...keys.map((key) => database.signInAttempt.create({ data: { key, createdAt: at }, select: { id: true } })),
      ]);
    },
    async clear(key) {
      await database.signInAttempt.deleteMany({ where: { key } });
    },
  };
}
