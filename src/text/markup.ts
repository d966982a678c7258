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
  const stripped = line
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/<\/?(?:b|i|u|em|strong|sup|sub|span|font|br|p|s|strike)\b[^>]*>/gi, "")
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\*\*|__|~~/g, "")
    .replace(/(^|[\s([{“"'])\*(?=\S)/g, "$1")
    .replace(/(?<=\S)\*(?=$|[\s)\]}.,;:!?”"'])/g, "")
    .replace(/\\([.\-*_()[\]#+!|>])/g, "$1");
  return trimSpacesEnd(stripped);
}

/**
 * The text without its trailing spaces (U+0020 and the ideographic U+3000; tabs are kept). A loop
 * rather than /[ \u3000]+$/, which tries every position of a run of spaces inside the line and so
 * takes time quadratic in the run's length.
 */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) end--;
  return end === text.length ? text : text.slice(0, end);
}
