const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * The value of a Roman numeral (I … CXC), or null when the text is not one.
 *
 * @example
 * romanValue("VII") // 7
 * romanValue("IIX") // null
 */
export function romanValue(text: string): number | null {
  const upper = text.trim().toUpperCase();
  if (!/^[IVXLC]+$/.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = VALUES[upper[i]!]!;
    const next = VALUES[upper[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === upper ? total : null;
}

/**
 * A number as a Roman numeral (1 … 399).
 *
 * @example
 * toRoman(14) // "XIV"
 */
export function toRoman(value: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.floor(value);
  let out = "";
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/**
 * The value of a Roman numeral as OCR renders it, where "I" comes out as "1", "l" or "|"
 * ("I1" → 2, "I11" → 3, "|" → 1); at least one character must be a real numeral or "|", so that
 * plain numbers ("11") are not read as Roman.
 *
 * @example
 * ocrRomanValue("I11") // 3
 * ocrRomanValue("11") // null
 */
export function ocrRomanValue(text: string): number | null {
  const t = text.trim();
  if (!/^[IVXLC1l|]+$/.test(t) || !/[IVXLC|]/.test(t)) return null;
  return romanValue(t.replace(/[1l|]/g, "I"));
}
