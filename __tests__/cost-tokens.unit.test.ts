import { encodeChat as encodeChatCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { encodeChat as encodeChatO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { countTokens as gptCountCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as gptCountO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { countSteps, runInSlices, runToEnd } from '../src/cost/bpe.js';
import {
  countAhead,
  countTokens,
  inputTokenBound,
  tokenizerFor,
  utf8Bytes,
} from '../src/cost/tokens.js';
import type { ChatMessage } from '../src/llm/client.js';

const TEXTS: Record<string, string> = {
  ascii: 'The tests failed with: AssertionError: expected 3 to equal 4 at line 17.\n'.repeat(20),
  cjk: '测试失败了。请提出一个最小的补丁。日本語のテキストも含まれています。한국어 문장도 있습니다.'.repeat(
    15,
  ),
  emoji: '🚀👩‍👩‍👧‍👦🏳️‍🌈🇯🇵🤖✨🔥 ok 👍🏽'.repeat(25),
  code: [
    'def f(xs: list[int]) -> dict[str, int]:',
    '    return {str(x): x ** 2 for x in xs if x % 3 == 0}  # comment',
    'const a = (b) => b?.c ?? `${d}`;\n\t\t}}]]))',
    '<|endoftext|><|im_start|>system <|fim_prefix|> not special here',
  ]
    .join('\n')
    .repeat(10),
  whitespace: ' \t\n\r'.repeat(200),
  mixed: 'Grüße, naïve café — “quotes” … ½ ∑ ∫ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0000\u001f\u200b'.repeat(30),
};

function randomText(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const ranges = [
    [0x20, 0x7e],
    [0xa0, 0x2ff],
    [0x4e00, 0x9fff],
    [0x1f300, 0x1faff],
  ] as const;
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = ranges[next() % ranges.length] ?? [0x20, 0x7e];
    out += String.fromCodePoint(lo + (next() % (hi - lo + 1)));
  }
  return out;
}

describe('the tokenizer of a model', () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-4o-2024-08-06', 'o200k_base'],
    ['gpt-4.1-nano', 'o200k_base'],
    ['o1', 'o200k_base'],
    ['o3-mini', 'o200k_base'],
    ['o4-mini', 'o200k_base'],
    ['gpt-5', 'o200k_base'],
    ['gpt-5.4-pro', 'o200k_base'],
    ['openai/gpt-4o', 'o200k_base'],
    ['gpt-4', 'cl100k_base'],
    ['gpt-4-turbo', 'cl100k_base'],
    ['gpt-3.5-turbo', 'cl100k_base'],
    ['llama3.1:8b', undefined],
    ['claude-sonnet-4', undefined],
    ['gpt-oss-20b', undefined],
    ['omni-moderation-latest', undefined],
  ])('%s → %s', (model, encoding) => {
    expect(tokenizerFor(model)).toBe(encoding);
  });
});

describe('the input bound', () => {
  it.each(Object.entries(TEXTS))(
    'the UTF-8 byte length bounds both encodings for %s text',
    (_name, text) => {
      expect(utf8Bytes(text)).toBeGreaterThanOrEqual(countTokens(text, 'o200k_base'));
      expect(utf8Bytes(text)).toBeGreaterThanOrEqual(countTokens(text, 'cl100k_base'));
    },
  );

  it('the UTF-8 byte length bounds both encodings for random Unicode', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = randomText(seed, 500);
      expect(utf8Bytes(text)).toBeGreaterThanOrEqual(countTokens(text, 'o200k_base'));
      expect(utf8Bytes(text)).toBeGreaterThanOrEqual(countTokens(text, 'cl100k_base'));
    }
  });

  it.each(Object.entries(TEXTS))(
    'is at least the chat-formatted token count for %s text',
    (_name, text) => {
      const chat: ChatMessage[] = [
        { role: 'system', content: 'You are a careful senior engineer.' },
        { role: 'user', content: text },
        { role: 'assistant', content: text.slice(0, 40) },
        { role: 'user', content: 'and again: ' + text },
      ];
      const asText = { disallowedSpecial: new Set<string>() };
      const o200k = encodeChatO200k(chat, 'gpt-4o', asText).length;
      const cl100k = encodeChatCl100k(chat, 'gpt-3.5-turbo', asText).length;
      expect(inputTokenBound('gpt-4o', chat).tokens).toBeGreaterThanOrEqual(o200k);
      expect(inputTokenBound('gpt-3.5-turbo', chat).tokens).toBeGreaterThanOrEqual(cl100k);
      // A model without a known tokenizer is bounded by bytes, which holds for either encoding.
      const unknown = inputTokenBound('my-private-llama', chat);
      expect(unknown.method).toBe('bytes');
      expect(unknown.tokens).toBeGreaterThanOrEqual(Math.max(o200k, cl100k));
    },
  );

  it('counts with the tokenizer where known and says which', () => {
    const bound = inputTokenBound('gpt-4o-mini', [{ role: 'user', content: 'hello world' }]);
    expect(bound).toEqual({ tokens: 8 + 1 + 2 + 8, method: 'tokenizer', encoding: 'o200k_base' });
  });

  it('adds the structured-output schema by its bytes', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    const schema = {
      type: 'object',
      properties: { diff: { type: 'string' } },
      required: ['diff'],
      additionalProperties: false,
    };
    const without = inputTokenBound('gpt-4o', messages).tokens;
    const withSchema = inputTokenBound('gpt-4o', messages, schema).tokens;
    expect(withSchema - without).toBe(utf8Bytes(JSON.stringify(schema)) + 64);
  });
});

describe('the token count', () => {
  const asText = { disallowedSpecial: new Set<string>() };
  const samples: Array<[string, string]> = [
    ...Object.entries(TEXTS),
    ...Array.from({ length: 12 }, (_, i): [string, string] => [
      `random ${i + 1}`,
      randomText(100 + i, 800),
    ]),
    ['one long word', 'abcdefghij'.repeat(700)],
    ['repeated letter', 'a'.repeat(5000)],
    ['long number', '1234567890'.repeat(300)],
    ['base64', Buffer.from(randomText(7, 3000)).toString('base64')],
    ['long CJK run', '测试失败了请提出一个最小的补丁'.repeat(200)],
  ];

  it.each(samples)('is the one tiktoken gives (via gpt-tokenizer) for %s', (_name, text) => {
    expect(countTokens(text, 'o200k_base')).toBe(gptCountO200k(text, asText));
    expect(countTokens(text, 'cl100k_base')).toBe(gptCountCl100k(text, asText));
  });

  it('does work in proportion to the text for a word without spaces', () => {
    // Units of work are what the generator yields between: merges and pieces, STRIDE each.
    const yields = (text: string) => {
      let n = 0;
      const steps = countSteps(text, 'o200k_base');
      while (!steps.next().done) n += 1;
      return n;
    };
    const small = yields('xq'.repeat(32_768));
    const large = yields('xq'.repeat(131_072));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(small * 4.5);
  });

  it('gives the event loop turns while counting a long word, and stops on abort', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      const word = 'zy'.repeat(300_000);
      const counted = await runInSlices(countSteps(word, 'o200k_base'));
      expect(counted).toBe(runToEnd(countSteps(word, 'o200k_base')));
      expect(ticks).toBeGreaterThan(0);

      const controller = new AbortController();
      const reason = new Error('cancelled');
      setImmediate(() => controller.abort(reason));
      await expect(
        runInSlices(countSteps('wv'.repeat(400_000), 'o200k_base'), controller.signal),
      ).rejects.toBe(reason);
    } finally {
      clearInterval(timer);
    }
  });

  it('counts long messages ahead, so the bound afterwards agrees with a direct count', async () => {
    const long = 'k'.repeat(10_000) + ' and then some words';
    await countAhead('gpt-4o', [{ role: 'user', content: long }]);
    expect(inputTokenBound('gpt-4o', [{ role: 'user', content: long }]).tokens).toBe(
      8 + 8 + countTokens('user', 'o200k_base') + gptCountO200k(long, asText),
    );
    const aborted = AbortSignal.abort(new Error('stop'));
    await expect(
      countAhead('gpt-4o', [{ role: 'user', content: 'm'.repeat(20_000) }], aborted),
    ).rejects.toThrow('stop');
  });
});
