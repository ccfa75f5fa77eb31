// A Markdown code fence that no line of the text inside can close: longer than any run of
// backticks in it, so everything between stays literal text (no HTML, links or mentions).

/** The fence for `text`: at least three backticks, one more than its longest run. */
export function fenceFor(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longestRun + 1));
}

/** `text` as a fenced code block (with an info string such as `diff`), newline-ended. */
export function fenced(text: string, info = ''): string {
  const fence = fenceFor(text);
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${info}\n${body}${fence}\n`;
}
