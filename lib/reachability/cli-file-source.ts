/**
 * A snapshot file as a `ByteSource` (byte-source.ts), read a range at a time with positioned reads. Node only, like
 * cli.ts (the command line and the benchmark use it; the browser never does). A path that is not a regular file
 * (standard input, a pipe) is read whole first.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { bytesSource, type ByteSource } from "./byte-source";

/** An open snapshot file; `close` when the model is loaded. Throws the file system's error if it cannot be read. */
export function openFileSource(path: string): ByteSource & { close(): void } {
  if (path === "-") return { ...bytesSource(readFileSync(0)), close() {} };
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const bytes = readFileSync(fd);
      closeSync(fd);
      return { ...bytesSource(bytes), close() {} };
    }
    return {
      size: stat.size,
      read: (into, at, position, length) => readSync(fd, into, at, length, position),
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
