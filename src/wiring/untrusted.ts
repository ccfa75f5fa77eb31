// Untrusted events (DESIGN.md §9): on a pull request from a fork, or an event started by
// someone without write permission, a step that holds secrets or has power (the runner,
// GitHub, the checkout) runs only behind an approval gate, which binds to the head SHA. Checked
// before the first step; the refusal is one sentence. `allow-untrusted: true` turns it off.
import { declaredSecrets } from '../common/secrets.js';
import type { StepKindRegistry } from '../engine/types.js';
import { ConditionalReader, createRestClient } from '../github/client.js';
import { eventTrust } from '../github/trust.js';
import type { JsonValue, StepSpec, Workflow } from '../workflow/model.js';
import { bypassesGates, gatesOf, powersOf, reachOf } from '../workflow/power.js';

export interface UntrustedCheck {
  workflow: Workflow;
  registry: StepKindRegistry;
  /** The runner's environment: GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_EVENT_NAME, secrets. */
  env: Record<string, string | undefined>;
  event: JsonValue | undefined;
  token?: string;
  allowUntrusted: boolean;
}

/** The sentence refusing the run, or undefined when it may go on. */
export async function untrustedRefusal(check: UntrustedCheck): Promise<string | undefined> {
  if (check.allowUntrusted) return undefined;
  const exposed = firstUngated(check.workflow, check.registry, check.env);
  if (!exposed) return undefined; // nothing to protect: no need to ask GitHub
  const [owner = '', repo = ''] = (check.env.GITHUB_REPOSITORY ?? '').split('/');
  const reader = check.token
    ? new ConditionalReader(
        createRestClient({
          token: check.token,
          apiUrl: check.env.GITHUB_API_URL || 'https://api.github.com',
        }),
      )
    : undefined;
  const trust = await eventTrust({
    eventName: check.env.GITHUB_EVENT_NAME,
    event: check.event,
    repository: { owner, repo },
    ...(reader ? { reader } : {}),
  });
  if (trust.trusted) return undefined;
  return (
    `no step ran: ${trust.why}, and step '${exposed.step.id}' ${exposed.what} with no approval ` +
    `gate before it; add an approval step before it (its answer binds to the head SHA), or set ` +
    `allow-untrusted: true if every author is trusted (docs/security.md).`
  );
}

/** The first step with secrets or power that no gate holds, and what it could do. */
export function firstUngated(
  workflow: Workflow,
  registry: StepKindRegistry,
  hostEnv: Record<string, string | undefined>,
): { step: StepSpec; what: string } | undefined {
  const byId = new Map(workflow.steps.map((s) => [s.id, s]));
  const memo = new Map<string, Set<string>>();
  const ancestors = (step: StepSpec): Set<string> => {
    const known = memo.get(step.id);
    if (known) return known;
    const out = new Set<string>();
    memo.set(step.id, out); // a cycle was refused at validation; this only stops a loop
    for (const id of step.needs) {
      out.add(id);
      const need = byId.get(id);
      if (need) for (const a of ancestors(need)) out.add(a);
    }
    return out;
  };
  const gates = gatesOf(workflow.steps, registry);
  const gateBefore = (s: StepSpec) =>
    !bypassesGates(s) && gates.some((g) => ancestors(s).has(g.id));
  const gateAfter = (s: StepSpec) => gates.some((g) => ancestors(g).has(s.id));
  for (const step of workflow.steps) {
    const kind = registry.get(step.kind);
    if (kind?.gatesChanges) continue;
    const reach = reachOf(kind, step.config);
    const secrets = declaredSecrets(step.config, hostEnv).length > 0;
    if (gateBefore(step)) continue;
    if (reach.runsOnRunner || reach.writesGitHub) return { step, what: powersOf(reach) };
    if (secrets) return { step, what: 'holds secrets (its env)' };
    // A contained step's changes are held for a gate after it: that gate comes before them.
    if (reach.changesCheckout && !gateAfter(step)) return { step, what: powersOf(reach) };
  }
  return undefined;
}
