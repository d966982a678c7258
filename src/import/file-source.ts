import { Dean06Error } from "../model/errors";
import { foldForMatch } from "../text/fold";

/**
 * A path's last part ("plans/Kế hoạch 45.docx" → "Kế hoạch 45.docx"), with `/` or `\\` as separators;
 * written here so that the library needs no `node:path` (it runs in Deno and bundlers too).
 *
 * @example
 * fileBaseName("C:\\plans\\ke-hoach.pdf") // "ke-hoach.pdf"
 */
export function fileBaseName(file: string): string {
  return (
    file
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .at(-1) ?? file
  );
}

/**
 * A plan id from a file name: "Ninh Hòa 2022.txt" → "ninh-hoa-2022".
 *
 * @example
 * idFromFileName("seeds/raw/ninh-hoa-2022.txt") // "ninh-hoa-2022"
 */
export function idFromFileName(file: string): string {
  const stem = fileBaseName(file).replace(/(?<=.)\.[^.]*$/, "");
  return foldForMatch(stem).replace(/ /g, "-") || "imported";
}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  EROFS: "read-only file system",
  EIO: "input/output error",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many symbolic links",
};

/**
 * Why a file could not be read or written, in words: `missing` for ENOENT ("no such file", or
 * "no such directory" for a file to write), "permission denied", "is a directory", "no space left
 * on device" …, the `reason` of an error that carries one (the CLI's `FileProblem`: "not a regular
 * file", "too large"), the message of a `Dean06Error` (an `EncodingError` says what is wrong with
 * the bytes), else the system's error code.
 *
 * @example
 * fileErrorReason(Object.assign(new Error(), { code: "EACCES" }), "no such file") // "permission denied"
 */
export function fileErrorReason(error: unknown, missing: string): string {
  if (error instanceof Error && "reason" in error && typeof error.reason === "string") return error.reason;
  // a Dean06Error (EncodingError …) says what is wrong in its message; its code is no reason in words
  if (error instanceof Dean06Error) return error.message;
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return missing;
  return REASONS[code] ?? (code || (error instanceof Error ? error.message : String(error)));
}
