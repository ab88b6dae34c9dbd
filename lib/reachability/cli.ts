/**
 * Command line (contract §4):
 *   npm run -s reach -- analyze SNAPSHOT.json --source ID --destination ID_OR_IP [--source-ip IP]
 *       [--destination-ip IP] --protocol tcp|udp|icmp [--port N] [--source-port N]
 *   npm run -s reach -- analyze SNAPSHOT.json --queries QUERIES.jsonl
 * `--snapshot SNAPSHOT.json` (or `--snapshot=...`, anywhere after `analyze`) may stand for the positional file.
 * SNAPSHOT.json (or QUERIES.jsonl) may be "-" for standard input. Exit 0 when the analysis ran, whatever it
 * found; 2 with a one-paragraph message on stderr when the snapshot, a query or the command is refused.
 * This is the only engine file that touches fs or process.
 */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { openFileSource } from "./cli-file-source";
import { QueryError, SnapshotError, analyze, loadSnapshotBytes, parseQuery, type Model } from "./index";

class UsageError extends Error {}

const USAGE =
  "usage: npm run -s reach -- analyze SNAPSHOT.json --source ID --destination ID_OR_IP [--source-ip IP] [--destination-ip IP] --protocol tcp|udp|icmp [--port N] [--source-port N]" +
  " | npm run -s reach -- analyze SNAPSHOT.json --queries QUERIES.jsonl (SNAPSHOT.json may be given as --snapshot FILE; use - for standard input).";

const FLAGS: Record<string, string> = {
  "--source": "Source",
  "--destination": "Destination",
  "--source-ip": "SourceIp",
  "--destination-ip": "DestinationIp",
  "--protocol": "Protocol",
  "--port": "DestinationPort",
  "--destination-port": "DestinationPort",
  "--source-port": "SourcePort",
  "--queries": "queries",
  "--snapshot": "snapshot",
};

/**
 * A file's text (the queries file): the same string as `readFileSync(path, "utf8")`, but an all-ASCII file is taken
 * byte for byte, without UTF-8 decoding.
 */
function readText(path: string): string {
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

function readInput(path: string): string {
  try {
    return path === "-" ? readFileSync(0, "utf8") : readText(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${path === "-" ? "standard input" : path}${code ? ` (${code})` : ""}.`);
  }
}

/**
 * The snapshot, read from its file a piece at a time (`loadSnapshotBytes`): the same model and the same refusals as
 * parsing the whole text, without holding the text or its whole parsed JSON (bench/measure.ts loads the same way).
 */
function loadSnapshotFile(path: string): Model {
  let source: ReturnType<typeof openFileSource>;
  try {
    source = openFileSource(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${path === "-" ? "standard input" : path}${code ? ` (${code})` : ""}.`);
  }
  try {
    return loadSnapshotBytes(source);
  } finally {
    source.close();
  }
}

function refusal(error: unknown): string {
  if (error instanceof SnapshotError) return paragraph(`Snapshot refused: at ${error.path}, expected ${error.expected}; ${error.reason}.`);
  if (error instanceof QueryError) return paragraph(`Query refused: field ${error.field}, expected ${error.expected}; ${error.reason}.`);
  if (error instanceof UsageError) return paragraph(`${error.message} ${USAGE}`);
  return paragraph(`The engine failed: ${error instanceof Error ? error.message : String(error)}.`);
}

/** One short paragraph: line breaks folded, a long quoted value (e.g. a 1 MB string in the snapshot) elided. */
function paragraph(text: string): string {
  const folded = text.replace(/\s*[\r\n]+\s*/g, " ").replace(/"((?:[^"\\]|\\.){120,}?)"/g, (_m, inner: string) => `"${inner.slice(0, 60)}..." (${inner.length} characters)`);
  return folded.length > 1500 ? `${folded.slice(0, 1500)}...` : folded;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command !== "analyze") throw new UsageError(command ? `unknown command ${JSON.stringify(command)}.` : "no command given.");
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i] as string;
    if (flag === "-" || !flag.startsWith("--")) {
      positional.push(flag);
      continue;
    }
    const [name, inline] = flag.includes("=") ? [flag.slice(0, flag.indexOf("=")), flag.slice(flag.indexOf("=") + 1)] : [flag, undefined];
    const key = FLAGS[name];
    if (!key) throw new UsageError(`unknown option ${JSON.stringify(flag)}.`);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`option ${name} needs a value.`);
    options[key] = value;
  }
  if (positional.length > 1) throw new UsageError(`one snapshot file expected, got ${positional.map((p) => JSON.stringify(p)).join(", ")}.`);
  if (positional.length === 1 && options.snapshot !== undefined) throw new UsageError("the snapshot is given twice (a file and --snapshot).");
  const snapshotPath = options.snapshot ?? positional[0];
  if (snapshotPath === undefined) throw new UsageError("no snapshot file given.");
  if (snapshotPath === "-" && options.queries === "-") throw new UsageError("the snapshot and the queries cannot both come from standard input.");
  const model: Model = loadSnapshotFile(snapshotPath);
  if (options.queries !== undefined) {
    const lines = readInput(options.queries).split(/\r?\n/);
    let refused = 0;
    const out: string[] = [];
    lines.forEach((line, n) => {
      if (line.trim() === "") return;
      try {
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw new QueryError(`(line ${n + 1})`, "one JSON object per line", "the line is not valid JSON");
        }
        out.push(JSON.stringify(analyze(model, parseQuery(json))));
      } catch (error) {
        refused++;
        const message = refusal(error);
        process.stderr.write(`line ${n + 1}: ${message}\n`);
        out.push(JSON.stringify({ Error: message }));
      }
    });
    process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
    return refused > 0 ? 2 : 0;
  }
  const { queries: _ignored, snapshot: _snapshot, ...fields } = options;
  const query = parseQuery(fields);
  process.stdout.write(`${JSON.stringify(analyze(model, query), null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${refusal(error)}\n`);
  process.exitCode = 2;
}
