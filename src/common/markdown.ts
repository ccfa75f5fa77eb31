// The one Markdown escaper. Text that came from steps, models or people goes into Markdown
// that GitHub renders as HTML; it must never open a tag, a link, an image, a table cell, a
// hidden marker or a mention. Two uses want different output, so the escaper has two named
// variants (`escapeMarkdown(text, variant)`):
//
// - `inline` (the report's summary, the plan, annotations' summaries): every character that
//   Markdown or HTML could act on becomes a numeric character reference, on one line, and web
//   addresses stay links (below).
// - `comment` (the gate comment, the approvals table): only `&`, `<` and `>` become entities,
//   so the raw comment stays readable where people read it (e-mail notifications, the
//   editor); mentions, issue references and images (`![…](…)`, fetched by every reader's
//   browser) are broken with a zero-width space; lines are
//   kept; at most `max` characters come out, cut never inside a reference or a surrogate pair.
//
// In the inline variant:
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

export type EscapeVariant =
  | { kind: 'inline' }
  /** `max`: the most characters that come out, escaping included (escaping can grow text fivefold). */
  | { kind: 'comment'; max: number };

/** The cap of a gate's message after escaping, and the comment variant's default. */
export const COMMENT_TEXT_MAX = 20_000;
const TRUNCATED = '… (truncated)';

/** Makes untrusted text inert inside Markdown and HTML, in the given variant (see the top). */
export function escapeMarkdown(text: string, variant: EscapeVariant): string {
  return variant.kind === 'inline' ? escapeInline(text) : escapeComment(text, variant.max);
}

function escapeComment(text: string, max: number): string {
  // Escaping never shrinks text, so more than `max` characters in cannot fit once escaped.
  const escaped = text
    .slice(0, max + 1)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    // An image is fetched when the comment is shown: a beacon, and a way out for what the
    // model saw. Broken into a plain link, which nobody's browser follows unasked.
    .replace(/!(?=\[)/g, '!\u200b');
  return capEscaped(escaped, max);
}

/** Escaped text in at most `max` characters, cut never inside a reference or a surrogate pair. */
export function capEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  const cut = escaped.slice(0, max - TRUNCATED.length).replace(/&[a-z]*$|[\uD800-\uDBFF]$/, '');
  return `${cut}${TRUNCATED}`;
}

/** The inline variant: `escapeMarkdown(text, { kind: 'inline' })`. */
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
