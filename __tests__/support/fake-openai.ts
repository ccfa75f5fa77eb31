// A local Chat Completions server on 127.0.0.1 that speaks the wire protocol the `openai`
// package expects (shapes typed from its own declarations). Tests script its replies with a
// queue, a handler function, or both, and read back every request it received. A body the
// real API would refuse (outside its spec, or a non-strict schema under `strict: true`) is
// answered 400 as the API answers it (openai-request-check.ts).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type {
  ChatCompletion,
  ChatCompletionCreateParams,
  ChatCompletionMessageToolCall,
} from 'openai/resources/chat/completions';
import { refusalOf } from './openai-request-check.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (a chat request for the chat endpoint). */
  body: ChatCompletionCreateParams;
  raw: string;
  /** Date.now() when the body had arrived. */
  receivedAt: number;
}

/** One scripted answer. */
export type Reply =
  /** A JSON answer; `headerDelayMs` waits before the status line, `bodyDelayMs` between headers and body. */
  | {
      type: 'json';
      status: number;
      body: unknown;
      headers?: Record<string, string>;
      headerDelayMs?: number;
      bodyDelayMs?: number;
    }
  /** A body sent exactly as given (e.g. malformed JSON). */
  | { type: 'raw'; status: number; body: string; contentType?: string }
  /** Sends the status line and part of the body, then destroys the connection. */
  | { type: 'broken'; status: number; partialBody: string }
  /** Accepts the request and never answers. */
  | { type: 'hang' }
  /** Destroys the connection without answering anything. */
  | { type: 'drop' };

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface FakeOpenAi {
  /** For the client's baseURL: `http://127.0.0.1:<port>/v1`. */
  readonly baseURL: string;
  /** Every request received, in arrival order (including those whose answer broke). */
  readonly requests: RecordedRequest[];
  /** Replies used first, one per request, in order. */
  enqueue(...replies: Reply[]): void;
  /** Answers requests once the queue is empty. */
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export const FAKE_API_KEY = 'sk-fake-test-key';

const noScript: Handler = () =>
  errorReply(500, 'fake-openai: no reply was scripted for this request', 'server_error');

export async function startFakeOpenAi(options: { handler?: Handler } = {}): Promise<FakeOpenAi> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let handler = options.handler ?? noScript;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let body: ChatCompletionCreateParams;
      try {
        body = JSON.parse(raw || '{}') as ChatCompletionCreateParams;
      } catch {
        void answer(
          res,
          errorReply(400, 'fake-openai: the body is not JSON', 'invalid_request_error'),
        );
        return;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body,
        raw,
        receivedAt: Date.now(),
      };
      const index = requests.push(recorded) - 1;
      if (req.method !== 'POST' || path !== '/v1/chat/completions') {
        void answer(
          res,
          errorReply(404, `fake-openai: no route ${req.method} ${path}`, 'invalid_request_error'),
        );
        return;
      }
      if (req.headers.authorization !== `Bearer ${FAKE_API_KEY}`) {
        void answer(res, errorReply(401, 'Incorrect API key provided.', 'invalid_request_error'));
        return;
      }
      // Refused as the real API refuses it: a body outside the spec, or a schema strict mode rejects.
      const refusal = refusalOf(body);
      if (refusal) {
        void answer(res, {
          type: 'json',
          status: 400,
          body: {
            error: {
              message: refusal.message,
              type: 'invalid_request_error',
              param: refusal.param,
              code: null,
            },
          },
        });
        return;
      }
      const next = queue.shift();
      void Promise.resolve(next ?? handler(recorded, index)).then((reply) => answer(res, reply));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setHandler: (next) => void (handler = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(res: ServerResponse, reply: Reply): Promise<void> {
  switch (reply.type) {
    case 'hang':
      return;
    case 'drop':
      res.socket?.destroy();
      return;
    case 'raw':
      res.writeHead(reply.status, {
        'content-type': reply.contentType ?? 'application/json',
        'content-length': String(Buffer.byteLength(reply.body)),
      });
      res.end(reply.body);
      return;
    case 'broken': {
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        'content-length': String(reply.partialBody.length * 4 + 64),
      });
      res.write(reply.partialBody);
      // Let the client see the head and the partial body before the connection dies.
      await sleep(20);
      res.socket?.destroy();
      return;
    }
    case 'json': {
      if (reply.headerDelayMs) await sleep(reply.headerDelayMs);
      if (res.socket?.destroyed) return;
      const text = JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        'x-request-id': `req_fake_${Math.random().toString(16).slice(2, 10)}`,
        ...reply.headers,
      });
      if (reply.bodyDelayMs) {
        res.flushHeaders();
        await sleep(reply.bodyDelayMs);
        if (res.socket?.destroyed) return;
      }
      res.end(text);
      return;
    }
  }
}

export interface UsageScript {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
  reasoning_tokens?: number;
}

export interface CompletionScript {
  content?: string | null;
  refusal?: string | null;
  finish_reason?: ChatCompletion.Choice['finish_reason'];
  model?: string;
  /** `null` leaves `usage` out, as some compatible servers do. */
  usage?: UsageScript | null;
  tool_calls?: ChatCompletionMessageToolCall[];
}

let completionCounter = 0;

/** A 200 chat completion, shaped as `ChatCompletion` of the openai package. */
export function completion(script: CompletionScript = {}): Reply {
  const usage =
    script.usage === undefined ? { prompt_tokens: 10, completion_tokens: 5 } : script.usage;
  const body: ChatCompletion = {
    id: `chatcmpl-fake${++completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: script.model ?? 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_fake',
    choices: [
      {
        index: 0,
        finish_reason: script.finish_reason ?? (script.tool_calls ? 'tool_calls' : 'stop'),
        logprobs: null,
        message: {
          role: 'assistant',
          content: script.content === undefined ? 'Hello from the fake.' : script.content,
          refusal: script.refusal ?? null,
          ...(script.tool_calls ? { tool_calls: script.tool_calls } : {}),
        },
      },
    ],
    ...(usage
      ? {
          usage: {
            prompt_tokens: usage.prompt_tokens,
            completion_tokens: usage.completion_tokens,
            total_tokens: usage.prompt_tokens + usage.completion_tokens,
            prompt_tokens_details: { cached_tokens: usage.cached_tokens ?? 0, audio_tokens: 0 },
            completion_tokens_details: {
              reasoning_tokens: usage.reasoning_tokens ?? 0,
              audio_tokens: 0,
              accepted_prediction_tokens: 0,
              rejected_prediction_tokens: 0,
            },
          },
        }
      : {}),
  };
  return { type: 'json', status: 200, body };
}

/** OpenAI's error body: `{ error: { message, type, param, code } }`. */
export function errorReply(
  status: number,
  message: string,
  type: string,
  headers?: Record<string, string>,
): Reply {
  return {
    type: 'json',
    status,
    body: { error: { message, type, param: null, code: null } },
    ...(headers ? { headers } : {}),
  };
}

export function rateLimited(retryAfterSeconds: number): Reply {
  return errorReply(429, 'Rate limit reached for requests', 'requests', {
    'retry-after': String(retryAfterSeconds),
  });
}

export function serverError(status = 500, headers?: Record<string, string>): Reply {
  return errorReply(
    status,
    'The server had an error while processing your request.',
    'server_error',
    headers,
  );
}

/** A reply whose status line comes only after `ms` (the client's timeout fires first if shorter). */
export function slow(reply: Reply, ms: number): Reply {
  return reply.type === 'json' ? { ...reply, headerDelayMs: ms } : reply;
}

/** A 200 whose body breaks off halfway. */
export function brokenCompletion(): Reply {
  const full = JSON.stringify((completion() as Extract<Reply, { type: 'json' }>).body);
  return { type: 'broken', status: 200, partialBody: full.slice(0, Math.floor(full.length / 2)) };
}
