import { it } from 'vitest';
import { priceOf } from '../src/cost/prices.js';
import { estimateLlmCall } from '../src/cost/estimate.js';
import { chatRequestOf } from '../src/llm/step-config.js';
import { FAKE_MODEL } from './support/invariant-world.js';
it('dbg', async () => {
  let t = Date.now();
  for (let i = 0; i < 100; i++) priceOf('fake-model', { models: { 'fake-model': FAKE_MODEL } });
  console.log('priceOf x100', Date.now() - t);
  const price = priceOf('fake-model', { models: { 'fake-model': FAKE_MODEL } })!;
  const req = chatRequestOf('s', { model: 'fake-model', max_tokens: 20, prompt: 'hello [step:s1] there' });
  t = Date.now();
  if (req.ok) for (let i = 0; i < 100; i++) estimateLlmCall(req.request, price);
  console.log('estimate x100', Date.now() - t);
});
