// The action's checkpoint store: the paused run's checkpoint lives on its pull request, in
// one hidden comment per workflow written by wflo's own token (docs/resume.md says why).
// The first line carries the run id, its status and the digest; the data follows, gzipped.
import { gunzipSync, gzipSync } from 'node:zlib';
import { createRestClient, type PullRequestTarget, type RestClient } from '../github/client.js';
import {
  CheckpointError,
  seal,
  unseal,
  type Checkpoint,
  type SealedCheckpoint,
} from './checkpoint.js';
import type { CheckpointStore } from './store.js';

export type PrCheckpointTarget = PullRequestTarget;

/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;
const MARKER =
  /^<!-- wflo:checkpoint workflow=(\S+) run=(\S+) status=(\S+) digest=(sha256:[0-9a-f]{64}) -->/;
const DATA = /<!-- wflo:checkpoint-data ([A-Za-z0-9+/=]+) -->/;

/** The workflow file as it can stand inside an HTML comment and a marker. */
function markerName(workflowFile: string): string {
  return workflowFile.replace(/-->|--|[<>\s]/g, '_');
}

interface Found {
  id: number;
  url: string;
  body: string;
}

export interface PrCheckpointStore extends CheckpointStore {
  /** The checkpoint of this workflow's run paused on the pull request, or undefined when none is. */
  load(): Promise<Checkpoint | undefined>;
}

export function prCheckpointStore(target: PrCheckpointTarget): PrCheckpointStore {
  const client: RestClient = createRestClient({ token: target.token, apiUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  const name = markerName(target.workflowFile);
  let found: Found | undefined;
  let looked = false;

  const find = async (): Promise<Found | undefined> => {
    if (looked) return found;
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...where,
      issue_number: target.pullNumber,
      per_page: 100,
    });
    // Only a bot's comment is wflo's: a person could paste the marker into theirs. Newest wins.
    const mine = comments
      .filter((c) => c.user?.type === 'Bot' && MARKER.exec(c.body ?? '')?.[1] === name)
      .at(-1);
    found = mine && { id: mine.id, url: mine.html_url, body: mine.body ?? '' };
    looked = true;
    return found;
  };

  return {
    where: `on pull request #${target.pullNumber}`,
    async load() {
      const comment = await find();
      const marker = comment && MARKER.exec(comment.body);
      if (!comment || !marker || marker[3] !== 'waiting_approval') return undefined;
      const data = DATA.exec(comment.body)?.[1];
      let text: string;
      try {
        text = gunzipSync(Buffer.from(data ?? '', 'base64')).toString('utf8');
      } catch (error) {
        throw new CheckpointError(
          `The checkpoint in ${comment.url} cannot be read (its data is damaged), so the paused run cannot continue; push a commit to start a new run.`,
          { cause: error },
        );
      }
      return unseal(text, `in ${comment.url}`, marker[4]);
    },
    async save(sealed: SealedCheckpoint) {
      const { checkpoint } = sealed;
      // Only where the run ends matters to a later job; the steps between are not written.
      if (checkpoint.status === 'running') return;
      const existing = await find();
      // A run that ends without pausing writes only to retire an earlier paused run.
      if (!existing && checkpoint.status !== 'waiting_approval') return;
      let body = renderBody(name, sealed);
      let warning: string | undefined;
      if (body.length > MAX_BODY && checkpoint.steps.some((s) => s.changes !== undefined)) {
        // Kept without the change sets, the run can still continue: the steps that made them
        // run again after the answer (docs/resume.md says what that costs).
        const slim = seal({
          ...checkpoint,
          steps: checkpoint.steps.map(({ changes: _dropped, ...step }) => step),
        });
        const slimBody = renderBody(name, slim);
        if (slimBody.length <= MAX_BODY) {
          warning = `the checkpoint of run ${checkpoint.runId} is ${Math.ceil(body.length / 1024)} KB with its steps' changes, more than a pull-request comment holds, so it was kept without them: the steps that changed files run again after the answer, and what they change then may differ from what the gate showed; use approval-mode: wait for this workflow to apply exactly what was shown`;
          body = slimBody;
        }
      }
      if (body.length > MAX_BODY) {
        throw new CheckpointError(
          `The checkpoint of run ${checkpoint.runId} is ${Math.ceil(body.length / 1024)} KB, more than a pull-request comment holds; use approval-mode: wait for this workflow.`,
        );
      }
      if (existing) {
        await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        found = { ...existing, body };
      } else {
        const created = await client.rest.issues.createComment({
          ...where,
          issue_number: target.pullNumber,
          body,
        });
        found = { id: created.data.id, url: created.data.html_url, body };
      }
      return warning === undefined ? undefined : { warning };
    },
  };
}

function renderBody(name: string, sealed: SealedCheckpoint): string {
  const { checkpoint, digest } = sealed;
  const data = gzipSync(Buffer.from(JSON.stringify(sealed), 'utf8')).toString('base64');
  const what =
    checkpoint.status === 'waiting_approval'
      ? `is paused at an approval gate; an answer to the gate continues it from here`
      : `ended ${checkpoint.status.replaceAll('_', ' ')}; nothing is left to continue`;
  return [
    `<!-- wflo:checkpoint workflow=${name} run=${checkpoint.runId} status=${checkpoint.status} digest=${digest} -->`,
    `wflo run \`${checkpoint.runId}\` of \`${name}\` ${what}. This comment keeps the run's checkpoint for the next job; leave it as it is.`,
    `<!-- wflo:checkpoint-data ${data} -->`,
  ].join('\n');
}
