import { describe, expect, it } from 'vitest';
import { createServices, effectiveEnv } from '../src/wiring/services.js';

describe('how the edges assemble services', () => {
  it('maps the action’s inputs onto the environment names the CLI reads, inputs winning', () => {
    const env = effectiveEnv({
      env: { OPENAI_API_KEY: 'from-env', PATH: '/bin' },
      openaiApiKey: 'from-input',
      openaiBaseUrl: 'http://127.0.0.1:1/v1',
      githubToken: 'ghs_input',
    });
    expect(env).toMatchObject({
      OPENAI_API_KEY: 'from-input',
      OPENAI_BASE_URL: 'http://127.0.0.1:1/v1',
      GITHUB_TOKEN: 'ghs_input',
      PATH: '/bin',
    });
  });

  it('leaves the LLM client out without a key, so an llm step says what to configure', () => {
    expect(createServices({ env: {} }).llm).toBeUndefined();
    expect(createServices({ env: { OPENAI_API_KEY: 'sk-test' } }).llm).toBeDefined();
  });

  it('always offers a container runtime and the given environment', () => {
    const services = createServices({ env: { DOCKER_HOST: 'unix:///nowhere.sock', X: '1' } });
    expect(services.containers).toBeDefined();
    expect(services.hostEnv.X).toBe('1');
  });
});
