// What `wflo validate` says about an agent step's `mcp` servers before anything runs, and the
// law that makes `<server>__<tool>` safe: every accepted pair is a valid OpenAI function name
// from which the server is read back unambiguously.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validationProblems } from './support/validation.js';
import { fitsFunctionName, mcpProblems, mcpToolName, parseMcp } from '../src/agent/mcp-config.js';
import { planOf, renderPlanText } from '../src/report/plan.js';
import { builtinKinds } from '../src/steps/index.js';
import { makeWorkflow } from './support/engine-fixtures.js';

const problems = (source: string) => validationProblems(source, 'agent.yml');

/** An agent step with `mcp` (indented here) last, after `agent` lines such as `tools: [run]`. */
const workflow = (mcp: string, agent = '') => `version: 1
name: a
steps:
  - id: fix
    agent:
      model: gpt-4o-mini
      task: fix it
      sandbox: { image: busybox }${agent ? `\n      ${agent}` : ''}
      mcp:
${mcp
  .split('\n')
  .map((line) => `        ${line}`)
  .join('\n')}
`;

describe('agent.mcp at validate time', () => {
  it('accepts servers with and without an allow-list, env and expressions', () => {
    expect(
      problems(
        workflow(`- name: fs
  command: [node, /opt/mcp/server-filesystem/dist/index.js, /workspace]
  tools: [read_text_file, list_directory]
  env: { LOG_LEVEL: warn, DEPTH: 3 }
- name: git-tools
  command: [git-mcp, '\${{ github.sha }}']`),
      ),
    ).toEqual([]);
  });

  it('points at a duplicate name, a built-in tool name and a name without room for tools', () => {
    const long = 'a'.repeat(62);
    expect(
      problems(
        workflow(`- name: fs
  command: [a]
- name: fs
  command: [b]
- name: run
  command: [c]
- name: ${long}
  command: [d]`),
      ),
    ).toEqual([
      "agent.yml:12:17: agent.mcp 'fs': the name is taken by agent.mcp[0]; each server needs its own",
      "agent.yml:14:17: agent.mcp 'run': 'run' is the name of a built-in tool; name the server otherwise",
      `agent.yml:16:17: agent.mcp '${long}': the name leaves no room for a tool in 64 characters (<server>__<tool>)`,
    ]);
  });

  it('points at an allow-listed tool whose prefixed name is no valid function name', () => {
    const tool = 'x'.repeat(61);
    expect(
      problems(
        workflow(`- name: fs
  command: [node]
  tools: [read_file, ${tool}, 'has space']`),
      ),
    ).toEqual([
      `agent.yml:12:30: agent.mcp 'fs': tool '${tool}' would be offered as fs__${tool}, which is no valid function name (letters, digits, _ and -, at most 64 characters)`,
      "agent.yml:12:93: agent.mcp 'fs': tool 'has space' would be offered as fs__has space, which is no valid function name (letters, digits, _ and -, at most 64 characters)",
    ]);
  });

  it('refuses a name holding __ and a server without a command (the schema, positioned)', () => {
    const found = problems(
      workflow(`- name: my__fs
  command: []`),
    );
    expect(found).toEqual([
      "agent.yml:10:17: step 'fix': agent.mcp[0].name must be text matching ^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$ (got 'my__fs')",
      "agent.yml:11:20: step 'fix': agent.mcp[0].command must list at least 1 item",
    ]);
  });

  it('gives the step the servers as it runs them, env values as text', () => {
    expect(
      parseMcp([{ name: 'fs', command: ['node', 'x.js'], tools: ['a'], env: { N: 3, B: true } }]),
    ).toEqual({
      ok: true,
      servers: [
        { name: 'fs', command: ['node', 'x.js'], tools: ['a'], env: { N: '3', B: 'true' } },
      ],
    });
    expect(parseMcp(undefined)).toEqual({ ok: true, servers: [] });
    expect(parseMcp([{ name: 'fs' }])).toEqual({
      ok: false,
      error: "agent.mcp 'fs': command must be a non-empty list of strings (argv, no shell)",
    });
  });
});

describe('the <server>__<tool> law', () => {
  const part = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
  it('every accepted server and tool make a valid function name that names its server first', () => {
    fc.assert(
      fc.property(part, part, (server, tool) => {
        const accepted =
          mcpProblems([{ name: server, command: ['x'], tools: [tool] }]).length === 0;
        if (!accepted) return;
        const offered = mcpToolName(server, tool);
        expect(fitsFunctionName(offered)).toBe(true);
        expect(offered.split('__')[0]).toBe(server);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wflo plan of an agent step with MCP servers', () => {
  it('shows the same worst case as without them, and says it includes their tools', async () => {
    const models = {
      'house-model': { inputPerMtokMicros: 1_000_000, outputPerMtokMicros: 2_000_000 },
    };
    const config = { model: 'house-model', task: 't', max_turns: 5, max_tokens: 1000 };
    const mcp = [
      { name: 'fs', command: ['node', 'fs.js'] },
      { name: 'git', command: ['git-mcp'] },
    ];
    const plain = await planOf(
      makeWorkflow([{ id: 'fix', kind: 'agent', config }], { models }),
      builtinKinds(),
    );
    const withMcp = await planOf(
      makeWorkflow([{ id: 'fix', kind: 'agent', config: { ...config, mcp } }], { models }),
      builtinKinds(),
    );
    expect(withMcp.steps[0]?.worstCaseMicros).toBe(plain.steps[0]?.worstCaseMicros);
    expect(withMcp.worstCaseMicros).toBe(plain.worstCaseMicros);
    expect(renderPlanText(withMcp)).toContain(
      "fix: its worst case includes the tools of MCP servers fs, git: their calls are tool calls of its 5 turns, each turn's reservation bounding their definitions and results by the context window\n",
    );
    expect(renderPlanText(plain)).not.toContain('MCP');
  });
});

describe('agent.tools and MCP tools', () => {
  it('refuses an MCP tool in agent.tools, at its position: a server chooses its tools in its own list', () => {
    const source = workflow(
      '- { name: fs, command: [node, fs.js] }',
      'tools: [run, fs__read_text_file]',
    );
    expect(problems(source)).toEqual([
      expect.stringMatching(/^agent\.yml:9:20: step 'fix': agent\.tools\[1\] must be one of/),
    ]);
  });
});
