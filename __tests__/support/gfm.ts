// GitHub's Markdown, as github.com renders a job summary or a comment: cmark-gfm (the C
// library GitHub's renderer is built on) with GitHub's extensions. Installed by
// .ci/render-setup.sh; a missing binary fails the test rather than skipping it. Raw HTML is
// kept (`--unsafe`), as GitHub keeps the tags it allows (`<sub>`, `<details>`) before its
// sanitizer: so a tag that came through from a step's text would show here.
import { execFileSync } from 'node:child_process';

export function renderGfm(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    [
      '--unsafe',
      '-e',
      'table',
      '-e',
      'strikethrough',
      '-e',
      'autolink',
      '-e',
      'tagfilter',
      '-e',
      'tasklist',
    ],
    { input: markdown, encoding: 'utf8' },
  );
}

/** The href of every link in rendered HTML, entity references decoded the way a browser does. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
  );
}
