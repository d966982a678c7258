import { foldForMatch } from "../text/fold";

/**
 * A path's last part ("plans/Kế hoạch 45.docx" → "Kế hoạch 45.docx"), with `/` or `\\` as separators;
 * written here so that the library needs no `node:path` (it runs in Deno and bundlers too).
 *
 * @example
 * fileBaseName("C:\\plans\\ke-hoach.pdf") // "ke-hoach.pdf"
 */
export function fileBaseName(file: string): string {
  return file.replace(/[\\/]+$/, "").split(/[\\/]/).at(-1) ?? file;
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

/**
 * Why a file could not be read or written, in words: `missing` for ENOENT ("no such file", or
 * "no such directory" for a file to write), "permission denied", "is a directory", else the
 * system's error code.
 *
 * @example
 * fileErrorReason(Object.assign(new Error(), { code: "EACCES" }), "no such file") // "permission denied"
 */
export function fileErrorReason(error: unknown, missing: string): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = { ENOENT: missing, EACCES: "permission denied", EPERM: "permission denied", EISDIR: "is a directory", ENOTDIR: "a part of the path is not a directory" };
  return reasons[code] ?? (code || (error instanceof Error ? error.message : String(error)));
}
