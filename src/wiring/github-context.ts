// The read-only `github` context expressions see (DESIGN.md §2), from the runner's
// environment; outside Actions it is mostly empty.
import { readFileSync } from 'node:fs';
import type { JsonObject, JsonValue } from '../workflow/model.js';

const FIELDS: Record<string, string> = {
  repository: 'GITHUB_REPOSITORY',
  repository_owner: 'GITHUB_REPOSITORY_OWNER',
  sha: 'GITHUB_SHA',
  ref: 'GITHUB_REF',
  ref_name: 'GITHUB_REF_NAME',
  head_ref: 'GITHUB_HEAD_REF',
  base_ref: 'GITHUB_BASE_REF',
  event_name: 'GITHUB_EVENT_NAME',
  actor: 'GITHUB_ACTOR',
  run_id: 'GITHUB_RUN_ID',
  run_number: 'GITHUB_RUN_NUMBER',
  run_attempt: 'GITHUB_RUN_ATTEMPT',
  workflow: 'GITHUB_WORKFLOW',
  job: 'GITHUB_JOB',
  server_url: 'GITHUB_SERVER_URL',
  api_url: 'GITHUB_API_URL',
};

export function githubContextFrom(env: Record<string, string | undefined>): JsonObject {
  const ctx: JsonObject = {};
  for (const [key, name] of Object.entries(FIELDS)) {
    const value = env[name];
    if (value !== undefined && value !== '') ctx[key] = value;
  }
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      ctx.event = JSON.parse(readFileSync(eventPath, 'utf8')) as JsonValue;
    } catch {
      // A missing or unreadable payload leaves `github.event` out rather than stopping the run.
    }
  }
  return ctx;
}
