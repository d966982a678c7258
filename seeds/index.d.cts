/** A seed file of the built-in corpus, read on first `load()`. */
export interface SeedFile {
  /** The plan id the file holds (also its name). */
  readonly id: string;
  /** The file, relative to the package root. */
  readonly file: string;
  /** The file's parsed JSON (cached by `require`: do not change it). */
  load(): unknown;
  /** The plan stored built (`StoredPlan`, derived from this file by scripts/derived.ts), for some plans. */
  readonly built?: { readonly file: string; load(): unknown };
}

/** Seed plan files, national root first, then derived plans by issue date. */
export declare const plans: readonly SeedFile[];

/** The referenced-only documents: one file, their ids in its order. */
export declare const references: { readonly ids: readonly string[]; readonly file: string; load(): unknown };

/** The national root's link index, derived from its seed file by scripts/derived.ts. */
export declare const rootIndex: SeedFile;
