import { WFLO_VERSION } from '../wiring/version.js';

export const MAIN_HELP = `wflo ${WFLO_VERSION} — run AI-agent workflow files with a hard dollar budget

Usage:
  wflo validate FILE...         check workflow files; every error as file:line:col
  wflo plan FILE                show the steps, what runs in parallel, worst-case cost
  wflo run FILE [flags]         run a workflow
  wflo diff --state DIR [FILE]  show the changes a paused run holds for its gate
  wflo pools [flags]            list budget pools: cap, spent, held by whom, left
  wflo help [COMMAND]           help on one command; wflo --version

Run flags:
  --input NAME=VALUE            set an input (repeatable)
  --budget-usd N                cap spend at N dollars (the smaller of this and the file's)
  --report PATH                 write the run report (JSON) to PATH
  --state DIR                   keep checkpoints in DIR (resume after an approval)
  --approve STEP, --reject STEP answer an approval gate (repeatable)
  --json                        print the run report (JSON) on stdout, nothing else
  --budget-store URL            where budget.pools are kept (file:DIR, redis://…)

Exit codes: 0 succeeded, 1 a step failed or the run was cancelled, 2 invalid
input or flags, 3 budget exceeded, 4 rejected, timed out or waiting at an approval.
Environment: OPENAI_API_KEY, OPENAI_BASE_URL, GITHUB_TOKEN, GITHUB_API_URL, DOCKER_HOST,
WFLO_BUDGET_STORE.
Docs: docs/cli.md, docs/workflow-format.md
`;

export const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: wflo validate FILE... [--strict]

Parses and validates each workflow file (YAML, schema, references, expressions,
prices) without running anything. Prints one "file:line:col: message" line per
error on stderr, and "file:line:col: warning: message" where text an outside
author controls reaches a model with power after it and no approval gate between
(docs/security.md). Exits 0 when every file is valid (warnings included), 2
otherwise; --strict counts warnings as errors.
`,
  plan: `Usage: wflo plan FILE

Prints the steps in order with their kind and needs, the wave each runs in (steps
of one wave may run in parallel, up to max_parallel), and the worst-case cost of
each LLM step and of the run. Exits 2 when the file is invalid.
`,
  run: `Usage: wflo run FILE [flags]

  --input NAME=VALUE     set an input declared under inputs: (repeatable)
  --budget-usd N         cap spend at N dollars; the run's budget is the smaller
                         of this and the file's budget.max_usd
  --report PATH          write the run report (JSON, docs/report.md) to PATH
  --state DIR            keep a checkpoint in DIR; a later run with the same DIR
                         continues an unfinished run (docs/resume.md)
  --approve STEP         approve the gate of step STEP (repeatable)
  --reject STEP          reject the gate of step STEP (repeatable)
  --json                 print the run report (JSON) on stdout and nothing else;
                         the status line then goes to stderr
  --budget-store URL     where the file's budget.pools are kept: file:DIR (default
                         $XDG_STATE_HOME/wflo/pools), redis://host:port[/db],
                         rediss://…; or set WFLO_BUDGET_STORE (docs/budgets.md)

Progress goes to stderr, one line per step event; the final status line and the
workflow's outputs to stdout.
Ctrl-C stops running steps and ends the run as cancelled.
Exit codes: 0 succeeded, 1 failed or cancelled, 2 invalid input or flags,
3 budget exceeded, 4 rejected, timed out or waiting at an approval.
`,
  diff: `Usage: wflo diff --state DIR [FILE]

Prints, as a unified diff on stdout, the changes the run kept in DIR holds for
its approval gate, against the checkout in the current directory: what
--approve would let through. FILE (the workflow) is needed only when DIR keeps
checkpoints of several workflows. Changes the checkout already has are left out.
Exits 0, or 2 when DIR holds no usable checkpoint.
`,
  pools: `Usage: wflo pools [--budget-store URL]

Lists the budget pools a store keeps: each pool's key, cap, period, what is spent
in the current period, what running jobs hold (by whom, until when) and what is
left. The store is --budget-store, else WFLO_BUDGET_STORE, else the file store
$XDG_STATE_HOME/wflo/pools (docs/budgets.md). Exits 1 when the store cannot be read.
`,
};
