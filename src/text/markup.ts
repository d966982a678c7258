/**
 * Removes the formatting that text pasted from Word, PDF converters or markdown carries around the
 * words: HTML tags (`<b>`, `<i>`), markdown headings, bold, italics and strikethrough, backslash
 * escapes, zero-width characters and non-breaking spaces. Words and punctuation are kept as written.
 *
 * @example
 * stripMarkup("## **II. NỘI DUNG** (*thời gian thực hiện: Quý I*)") // "II. NỘI DUNG (thời gian thực hiện: Quý I)"
 * stripMarkup("Số: ~~1228~~/KH-UBND") // "Số: 1228/KH-UBND"
 */
export function stripMarkup(line: string): string {
  return line
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/<\/?(?:b|i|u|em|strong|sup|sub|span|font|br|p|s|strike)\b[^>]*>/gi, "")
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\*\*|__|~~/g, "")
    .replace(/(^|[\s([{“"'])\*(?=\S)/g, "$1")
    .replace(/(?<=\S)\*(?=$|[\s)\]}.,;:!?”"'])/g, "")
    .replace(/\\([.\-*_()[\]#+!|>])/g, "$1")
    .replace(/[ \u3000]+$/g, "");
}
