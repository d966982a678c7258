import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { decodePlanText } from "../import/encoding";
import { fileErrorReason } from "../import/file-source";

export { fileErrorReason };

/**
 * The file-system calls the CLI makes, so that a test can hand it a failing disk (a full file
 * system, a file size limit) instead of node:fs.
 *
 * @example
 * const full: FileSystem = { ...fs, writeFileSync: () => { throw Object.assign(new Error("full"), { code: "ENOSPC" }); } };
 */
export type FileSystem = Pick<typeof nodeFs, "statSync" | "readFileSync" | "writeFileSync" | "renameSync" | "rmSync" | "chmodSync" | "realpathSync">;

/**
 * The real file system (node:fs).
 *
 * @example
 * writeFileAtomic("report.csv", csv, realFileSystem)
 */
export const realFileSystem: FileSystem = nodeFs;

/**
 * A file path as the CLI opens it: a string, or the raw bytes of a name that is not valid UTF-8.
 *
 * @example
 * const latin1: FilePath = Buffer.from("caf\u00e9.txt", "latin1");
 */
export type FilePath = string | Buffer;

/**
 * The largest input file the CLI reads (64 MiB): a plan pasted from a document is a few hundred
 * kilobytes; anything past this is not a plan, and reading it whole would exhaust memory.
 *
 * @example
 * readInputFile(file, realFileSystem, MAX_INPUT_BYTES)
 */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;

/**
 * A file the CLI will not read or write, with the reason in words (`not a regular file`, `too large …`).
 *
 * @example
 * try { readInputFile("/dev/zero"); } catch (e) { if (e instanceof FileProblem) console.log(e.reason); } // "not a regular file (a device)"
 */
export class FileProblem extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "FileProblem";
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/**
 * Reads an input file whole, refusing what is not a regular file (a device such as /dev/zero, a
 * FIFO, a directory: reading them may never end) and what is larger than {@link MAX_INPUT_BYTES}.
 * Throws the system's error or a {@link FileProblem}; {@link fileErrorReason} words either.
 *
 * @example
 * readInputFile("seeds/raw/hue-2022.txt").toString("utf8") // the plan's text
 * readInputFile("/dev/zero") // throws FileProblem("not a regular file")
 */
export function readInputFile(path: FilePath, fs: FileSystem = realFileSystem, limit = MAX_INPUT_BYTES): Buffer {
  const stat = fs.statSync(path);
  if (stat.isDirectory()) throw new FileProblem("is a directory");
  if (!stat.isFile()) throw new FileProblem(`not a regular file${stat.isFIFO() ? " (a pipe)" : stat.isCharacterDevice() || stat.isBlockDevice() ? " (a device)" : ""}`);
  if (stat.size > limit) throw new FileProblem(`too large: ${megabytes(stat.size)}, the limit is ${megabytes(limit)}`);
  const bytes = fs.readFileSync(path);
  // a file that grew between the two calls (a log being written) is refused as well
  if (bytes.length > limit) throw new FileProblem(`too large: over ${megabytes(limit)}`);
  return bytes;
}

/**
 * {@link readInputFile} as text, decoded as plan files are (`decodePlanText`: UTF-8 with or without
 * a byte-order mark, UTF-16 with one; any other encoding an `EncodingError`, never mojibake).
 *
 * @example
 * readInputText("examples/plan-example.txt").split("\n")[0] // "ỦY BAN NHÂN DÂN"
 */
export function readInputText(path: FilePath, fs: FileSystem = realFileSystem): string {
  return decodePlanText(readInputFile(path, fs));
}

let temporaries = 0;

/**
 * Writes `text` to `path` so that the file is either the whole new text or untouched: the text
 * goes to a temporary file in the same folder, which is then renamed over `path` (a failed write —
 * a full disk, a file size limit — leaves no truncated file, and the temporary file is removed).
 * An existing file keeps its permissions, and a symbolic link stays a link (the file it points to
 * is replaced). Throws the system's error, or a {@link FileProblem} for a directory.
 *
 * @example
 * writeFileAtomic("report.html", html)
 */
export function writeFileAtomic(target: FilePath, text: string, fs: FileSystem = realFileSystem): void {
  const path = realPath(target, fs);
  let mode: number | undefined;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw new FileProblem("is a directory");
    if (stat.isFile()) mode = stat.mode & 0o7777;
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    // a missing file is written afresh; other stat failures show in the write below
  }
  const temporary = temporaryPath(path);
  try {
    fs.writeFileSync(temporary, text, { flag: "wx" });
    if (mode !== undefined) fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, path);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the first error is the one to report
    }
    throw error;
  }
}

/** Where a symbolic link points (a missing file: the path itself), keeping raw bytes raw. */
function realPath(path: FilePath, fs: FileSystem): FilePath {
  try {
    return typeof path === "string" ? fs.realpathSync(path) : fs.realpathSync(path, { encoding: "buffer" });
  } catch {
    return path;
  }
}

/** A fresh file name beside `path`: ".name.dean06-<pid>-<n>.tmp". */
function temporaryPath(path: FilePath): FilePath {
  const suffix = `.dean06-${process.pid}-${++temporaries}.tmp`;
  if (typeof path === "string") return join(dirname(path), `.${basename(path)}${suffix}`);
  const slash = path.lastIndexOf(0x2f);
  return Buffer.concat([path.subarray(0, slash + 1), Buffer.from("."), path.subarray(slash + 1), Buffer.from(suffix)]);
}
