// Text that came from steps or models goes into Markdown that GitHub renders as HTML.
// Every character that Markdown or HTML could act on becomes a numeric character
// reference, so such text can never open a tag, a link, an image, a table cell or a mention.

// `:` stays so URLs stay readable; bare URLs are autolinked but cannot become images.
const ACTIVE = /[&<>"'`|\\*_[\]()!#~@$]/g;

/** Makes untrusted text inert inside Markdown and HTML (one line: newlines become spaces). */
export function escapeInline(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`);
}
