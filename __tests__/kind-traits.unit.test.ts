// A step kind describes itself (DESIGN.md §8): a new kind with the right traits is handled by
// the plan, summary, report, checkpoint and post-phase cleanup without any list to edit, and
// no kind name is spelt outside src/steps/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsContainers } from '../src/engine/types.js';
import { createCheckpointSession } from '../src/checkpoint/session.js';
import type { StepKind, StepKindRegistry } from '../src/engine/types.js';
import { planOf, renderPlanText } from '../src/report/plan.js';
import { buildReport } from '../src/report/report.js';
import { renderSummary } from '../src/report/summary.js';
import { builtinKinds } from '../src/steps/index.js';
import { SCHEMA_KINDS } from '../src/workflow/schema.js';
import { memoryStore } from './support/checkpoint-fixtures.js';
import { makeWorkflow, runWith } from './support/engine-fixtures.js';

/** A kind no list in src/ knows of: it runs a container and spends money. */
const probe: StepKind = {
  kind: 'probe',
  usesContainers: true,
  spendsMoney: true,
  readsWorkspace: false,
  worstCase: async (step) =>
    step.config.price === undefined ? { reason: 'no price' } : Number(step.config.price),
  run: async () => ({ status: 'succeeded', outputs: { exit_code: 3, timed_out: true } }),
};
/** A gate no list knows of: it approves, and its outputs are a decision. */
const nod: StepKind = {
  kind: 'nod',
  gatesChanges: true,
  readsWorkspace: false,
  run: async () => ({
    status: 'succeeded',
    outputs: { decision: 'approved', approvers: ['octocat'], comment: 'fine', by_policy: false },
  }),
};
const registry: StepKindRegistry = new Map([
  ['probe', probe],
  ['nod', nod],
  ['plain', { kind: 'plain', run: async () => ({ status: 'succeeded', outputs: {} }) }],
]);

describe('a new kind that describes itself', () => {
  it('makes the action’s post phase look for containers only when a step of it runs some', () => {
    expect(startsContainers(makeWorkflow([{ id: 'p', kind: 'probe' }]), registry)).toBe(true);
    expect(startsContainers(makeWorkflow([{ id: 'q', kind: 'plain' }]), registry)).toBe(false);
  });

  it('is priced by its own worst case in the plan, and n/a when it cannot say', async () => {
    const priced = makeWorkflow([{ id: 'p', kind: 'probe', config: { price: 70_000 } }]);
    expect((await planOf(priced, registry)).worstCaseMicros).toBe(70_000);
    const unknown = makeWorkflow([
      { id: 'p', kind: 'probe' },
      { id: 'q', kind: 'plain' },
    ]);
    const plan = await planOf(unknown, registry);
    expect(plan.worstCaseMicros).toBeUndefined();
    expect(renderPlanText(plan)).toMatch(/1\s+p\s+probe\s+–\s+n\/a/);
    expect(renderPlanText(plan)).toMatch(/2\s+q\s+plain\s+p\s+–/);
    expect(renderPlanText(plan)).toContain('p: n/a because no price');
  });

  it('fills the summary’s sandboxes table and the approvals of the report', async () => {
    const wf = makeWorkflow([
      { id: 'p', kind: 'probe' },
      { id: 'gate', kind: 'nod' },
    ]);
    const result = await runWith(wf, [...registry.values()]);
    expect(result.status).toBe('succeeded');
    const summary = renderSummary(result);
    expect(summary).toContain('### Sandboxes');
    expect(summary).toContain('| p | 3 | yes | no |');
    expect(buildReport(result).approvals).toEqual([
      expect.objectContaining({ step: 'gate', decision: 'approved', approvers: ['octocat'] }),
    ]);
  });

  it('keeps the checkout out of the reuse hash of a kind that never reads it', () => {
    const hashIn = (workspaceKey: string, kind: string) => {
      const wf = makeWorkflow([{ id: 'a', kind }]);
      const session = createCheckpointSession({
        options: { store: memoryStore(0), workspaceKey },
        runId: 'r1',
        workflow: wf,
        inputs: {},
        ledger: {
          spentMicros: () => 0,
          peakCommittedMicros: () => 0,
          stepSpentMicros: () => 0,
          budgetMicros: undefined,
        },
        now: () => 0,
        hostEnv: {},
        readsWorkspace: (k) => registry.get(k)?.readsWorkspace !== false,
      });
      const spec = wf.steps[0];
      if (!spec) throw new Error('no step');
      return session.inputHash(spec, {});
    };
    expect(hashIn('checkout-1', 'probe')).toBe(hashIn('checkout-2', 'probe'));
    // A kind that says nothing is taken to read the checkout.
    expect(hashIn('checkout-1', 'plain')).not.toBe(hashIn('checkout-2', 'plain'));
  });
});

describe('the kind names', () => {
  it('are the same in the schema and the registry', () => {
    expect([...SCHEMA_KINDS].sort()).toEqual([...builtinKinds().keys()].sort());
  });

  it('appear nowhere in src/ outside src/steps/, but in comments', () => {
    const names = [...builtinKinds().keys()].join('|');
    // A quoted name ('llm', "agent") or an object key holding a value (`sandbox: ['timeout']`).
    const literal = new RegExp(`(['"\`])(${names})\\1|^\\s*(${names})\\s*:\\s*['"\`[{]`);
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== join('src', 'steps')) walk(path);
        } else if (/\.ts$/.test(entry.name)) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.replace(/\/\/.*$/, '');
              if (/^\s*(\*|\/\*)/.test(code)) return;
              if (literal.test(code)) found.push(`${relative('.', path)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk('src');
    expect(found).toEqual([]);
  });
});
