// Text that came from steps or models goes into Markdown that GitHub renders as HTML.
// Every character that Markdown or HTML could act on becomes a numeric character
// reference, so such text can never open a tag, a link, an image, a table cell or a mention.
//
// Web addresses are the exception: escaped, `#` or `)` inside one would stay in the text
// GitHub's autolinker reads (it works on the source, so `…/7&#35;x` links to the wrong
// place, and `(https://…&#41;` swallows the bracket). An address is written as an explicit
// autolink `<https://…>` instead: it ends exactly at `>`, becomes a link and nothing else,
// and GitHub applies no mention or reference rule inside a link.

const ACTIVE = /[&<>"'`|\\*_[\]()!#~@$]/g;

/** What may stand in an address we keep: no space, quote, bracket, pipe or backslash. */
const ADDRESS = /https?:\/\/[A-Za-z0-9\-._~:/?#%&=+,;!$()']+/g;
/** Punctuation that ends a sentence rather than an address, as GitHub's autolinker trims it. */
const TRAILING = /[.,:;!?'"]+$/;

// GitHub finds mentions and references in the rendered text, after character references are
// decoded, so `&#64;team` would still ping: a zero-width space after `@` and `#` breaks them.
function inert(text: string): string {
  return text
    .replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/(&#(?:64|35);)(?=[A-Za-z0-9])/g, '$1\u200b');
}

/** The address without the punctuation that follows it in prose, and an unbalanced `)`. */
function trimAddress(raw: string): string {
  let address = raw;
  for (;;) {
    const before = address;
    address = address.replace(TRAILING, '');
    const open = address.split('(').length - 1;
    const close = address.split(')').length - 1;
    if (address.endsWith(')') && close > open) address = address.slice(0, -1);
    if (address === before) return address;
  }
}

/** Makes untrusted text inert inside Markdown and HTML (one line: newlines become spaces). */
export function escapeInline(text: string): string {
  const line = text.replace(/\r\n|\r|\n/g, ' ');
  let out = '';
  let last = 0;
  for (const match of line.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    // `https://` alone is not worth a link.
    if (address.length <= match[0].indexOf('//') + 2) continue;
    out += inert(line.slice(last, match.index)) + `<${address}>`;
    last = match.index + address.length;
  }
  return out + inert(line.slice(last));
}
