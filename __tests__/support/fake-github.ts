// A local GitHub REST server on 127.0.0.1 for what wflo's approval gates use: issue
// comments (pages, `since`, ETag → 304), comment create/update, reactions, collaborator
// permission (`role_name` and the legacy field), team membership, pull requests and
// reviews, git refs/commits/trees/blobs and file contents (with GitHub's fast-forward rule on
// ref updates), rate-limit headers and scripted 403/429/5xx answers. With `validate`, every
// JSON answer is checked against GitHub's OpenAPI description (@octokit/openapi), so the
// fake cannot drift from the real wire format. POST /graphql runs each query with graphql-js
// against GitHub's published GraphQL schema (@octokit/graphql-schema), so a query or variable
// the real API would refuse is refused here too; it resolves a repository's refs, commits and
// files and `createCommitOnBranch` with GitHub's `expectedHeadOid` rule (STALE_DATA).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import { schema as published } from '@octokit/graphql-schema';
import { buildSchema, graphqlSync, type GraphQLSchema } from 'graphql';
import type { Clock } from '../../src/common/clock.js';
import { createRestClient, type RestClient } from '../../src/github/client.js';

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export type AccountType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  login: string;
  type: AccountType;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeReview {
  id: number;
  pull: number;
  user: FakeUser;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  body: string;
  commit_id: string;
  submitted_at: string;
}

export interface FakeReaction {
  id: number;
  commentId: number;
  user: FakeUser;
  content: string;
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  ifNoneMatch?: string;
  status: number;
  /** Whether it counted against the rate limit (everything but a 304). */
  counted: boolean;
  /** Date.now() when it arrived. */
  at: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

interface GitTreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

interface GitCommit {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

interface Pull {
  number: number;
  headSha: string;
  author: FakeUser;
  state: 'open' | 'closed';
  /** `owner/repo` of the head's repository when it is a fork; absent: this repository. */
  fork?: string;
}

const LEGACY: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];

// ---- GitHub's OpenAPI description --------------------------------------------------------

interface OpenApiSpec {
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
    >
  >;
  components: {
    schemas: Record<string, unknown>;
    examples: Record<string, { value: unknown }>;
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

let spec: OpenApiSpec | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

export function openApiSpec(): OpenApiSpec {
  if (!spec) {
    const file = createRequire(import.meta.url).resolve(
      '@octokit/openapi/generated/api.github.com.json',
    );
    spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApiSpec;
  }
  return spec;
}

/** Problems of a JSON answer against the operation's schema for that status; [] when it fits. */
export function checkAgainstOpenApi(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  const key = `${method} ${template} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const s = openApiSpec();
    const operation = s.paths[template]?.[method.toLowerCase()];
    if (!operation)
      throw new Error(`fake-github: ${method} ${template} is not in GitHub's OpenAPI description`);
    let response = operation.responses[String(status)];
    const ref = (response as { $ref?: string } | undefined)?.$ref;
    if (ref !== undefined)
      response = s.components.responses[ref.replace('#/components/responses/', '')];
    const schema = response?.content?.['application/json']?.schema;
    if (!ajv) {
      ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
      ajv.addSchema({ components: s.components }, 'gh');
    }
    // Errors the description leaves without a body still carry GitHub's basic-error object.
    const fallback = status >= 400 ? { $ref: '#/components/schemas/basic-error' } : undefined;
    const chosen = schema ?? fallback;
    validate = chosen === undefined ? null : ajv.compile(rewriteRefs(chosen));
    validators.set(key, validate);
  }
  if (validate === null) {
    return body === undefined ? [] : [`${key}: the description has no JSON body for this status`];
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

let graphqlSchema: GraphQLSchema | undefined;

/**
 * GitHub's GraphQL schema as published. It defines a few fields twice and deprecates some
 * interface fields only on their types, which graphql-js's SDL checks refuse: it is built
 * without them, as GitHub serves it.
 */
export function githubGraphqlSchema(): GraphQLSchema {
  graphqlSchema ??= buildSchema(published.idl, { assumeValidSDL: true });
  return graphqlSchema;
}

/** An error GitHub's GraphQL API answers with a `type` (NOT_FOUND, STALE_DATA, …). */
class GraphqlTypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function rewriteRefs(schema: unknown): AnySchema {
  return JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'),
  ) as AnySchema;
}

// ---- the server -----------------------------------------------------------------------------

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Check every JSON answer against the OpenAPI description (violations collect in `violations`). */
  validate?: boolean;
}

type Params = Record<string, string>;
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type RouteHandler = (req: {
  params: Params;
  query: URLSearchParams;
  body: unknown;
  user: FakeUser;
}) => Answer;

interface Route {
  method: string;
  /** The OpenAPI path template. */
  template: string;
  pattern: RegExp;
  handler: RouteHandler;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  url = '';
  /** Server time (ms); every created or edited object moves it on by one second. */
  time = Date.parse('2026-01-01T00:00:00Z');
  readonly tokens = new Map<string, FakeUser>();
  readonly users = new Map<string, FakeUser>();
  readonly pulls = new Map<number, Pull>();
  readonly comments: FakeComment[] = [];
  readonly reviews: FakeReview[] = [];
  readonly reactions: FakeReaction[] = [];
  readonly roles = new Map<string, { role_name: string; permission: string }>();
  readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  /** Teams whose memberships the token may not read (403). */
  readonly hiddenTeams = new Set<string>();
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  /** The git object store: blob contents (bytes), trees, commits, and refs by full name. */
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, GitTreeEntry[]>();
  readonly commits = new Map<string, GitCommit>();
  readonly refs = new Map<string, string>();
  rateLimit = { limit: 5000, remaining: 5000 };
  private nextId = 1000;
  private readonly routes: Route[] = [];
  private readonly sockets = new Set<Socket>();
  private server = createServer((req, res) => void this.handle(req, res));

  private constructor(private readonly options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'widgets';
    this.defineRoutes();
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    fake.server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    fake.url = `http://127.0.0.1:${port}`;
    return fake;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- scripting ----------------------------------------------------------------------

  /** A token the client authenticates with, acting as `user`. */
  addToken(token: string, user: FakeUser): void {
    this.tokens.set(token, user);
    this.users.set(user.login.toLowerCase(), user);
  }

  /** A person or bot; with a role they are a collaborator (legacy field derived as GitHub does). */
  addUser(
    login: string,
    options: { type?: AccountType; role?: Role; legacy?: string } = {},
  ): FakeUser {
    const user: FakeUser = { login, type: options.type ?? 'User' };
    this.users.set(login.toLowerCase(), user);
    if (options.role) {
      this.roles.set(login.toLowerCase(), {
        role_name: options.role,
        permission: options.legacy ?? LEGACY[options.role],
      });
    }
    return user;
  }

  addTeamMember(team: string, login: string, state: 'active' | 'pending' = 'active'): void {
    const members = this.teams.get(team) ?? new Map<string, 'active' | 'pending'>();
    members.set(login.toLowerCase(), state);
    this.teams.set(team, members);
  }

  addPull(
    number: number,
    headSha: string,
    author: FakeUser,
    options: { fork?: string } = {},
  ): void {
    this.pulls.set(number, { number, headSha, author, state: 'open', ...options });
  }

  closePull(number: number): void {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`fake-github: no pull request #${number}`);
    pull.state = 'closed';
    this.tick();
  }

  /** A push: the pull request's head moves. */
  setHead(number: number, sha: string): void {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`fake-github: no pull request #${number}`);
    pull.headSha = sha;
    this.tick();
  }

  /** A comment written by someone other than the client; `edited` also updates it a second later. */
  addComment(
    issue: number,
    user: FakeUser,
    body: string,
    options: { edited?: boolean; at?: string } = {},
  ): FakeComment {
    const created = options.at ?? this.tick();
    const comment: FakeComment = {
      id: this.id(),
      issue,
      body,
      user,
      created_at: created,
      updated_at: created,
    };
    if (options.edited) comment.updated_at = this.tick();
    this.comments.push(comment);
    return comment;
  }

  addReview(
    pull: number,
    user: FakeUser,
    state: FakeReview['state'],
    commitId: string,
    body = '',
  ): FakeReview {
    const review: FakeReview = {
      id: this.id(),
      pull,
      user,
      state,
      body,
      commit_id: commitId,
      submitted_at: this.tick(),
    };
    this.reviews.push(review);
    return review;
  }

  /** The next matching request gets this answer instead. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Moves server time on by one second and returns it as GitHub writes times. */
  tick(): string {
    this.time += 1000;
    return iso(this.time);
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  // ---- wire --------------------------------------------------------------------------------

  private id(): number {
    return this.nextId++;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const ifNoneMatch = headerValue(req.headers['if-none-match']);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      status: 0,
      counted: true,
      at: Date.now(),
      ...(ifNoneMatch === undefined ? {} : { ifNoneMatch }),
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.counted = status !== 304;
      if (record.counted) this.rateLimit.remaining = Math.max(0, this.rateLimit.remaining - 1);
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, {
        date: new Date(this.time).toUTCString(),
        'x-github-request-id': `FAKE:${this.requests.length}`,
        'x-ratelimit-limit': String(this.rateLimit.limit),
        'x-ratelimit-remaining': String(this.rateLimit.remaining),
        // Server time, like `date`: tests drive both with the same epoch.
        'x-ratelimit-reset': String(Math.floor(this.time / 1000) + 3600),
        'x-ratelimit-used': String(this.rateLimit.limit - this.rateLimit.remaining),
        'x-ratelimit-resource': 'core',
        ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...headers,
      });
      res.end(text);
    };

    const fault = this.faults.find(
      (f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 0) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      send(
        fault.status,
        fault.body ?? {
          message: 'fake-github fault',
          documentation_url: 'https://docs.github.com/rest',
        },
        fault.headers,
      );
      return;
    }
    const auth = headerValue(req.headers.authorization) ?? '';
    const user = this.tokens.get(auth.replace(/^(token|bearer)\s+/i, ''));
    if (!user) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        send(400, {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
        });
        return;
      }
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
      );
      let answer: Answer;
      try {
        answer = route.handler({ params, query: url.searchParams, body, user });
      } catch (error) {
        // A fault of the fake itself: answered (a hung request would only time the test out)
        // and counted as a violation.
        this.violations.push(`${method} ${route.template}: the fake threw ${String(error)}`);
        send(500, {
          message: 'fake-github threw',
          documentation_url: 'https://docs.github.com/rest',
        });
        return;
      }
      const headers = { ...answer.headers };
      if (method === 'GET' && answer.status === 200) {
        const etag = `W/"${createHash('sha256').update(JSON.stringify(answer.body)).digest('hex')}"`;
        headers.etag = etag;
        if (ifNoneMatch === etag) {
          send(304, undefined, headers);
          return;
        }
      }
      if (this.options.validate && route.template !== '/graphql') {
        this.violations.push(
          ...checkAgainstOpenApi(method, route.template, answer.status, answer.body),
        );
      }
      send(answer.status, answer.body, headers);
      return;
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private route(method: string, template: string, handler: RouteHandler): void {
    // A ref ("heads/main") and a file path may hold slashes, raw or encoded (%2F).
    const pattern = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'ref' || name === 'path' ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`))}$`,
    );
    this.routes.push({ method, template, pattern, handler });
  }

  private notFound(): Answer {
    return {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    };
  }

  private isRepo(params: Params): boolean {
    return params.owner === this.owner && params.repo === this.repo;
  }

  private defineRoutes(): void {
    const repoPath = '/repos/{owner}/{repo}';
    this.route('GET', `${repoPath}/issues/{issue_number}/comments`, ({ params, query }) => {
      if (!this.isRepo(params)) return this.notFound();
      const issue = Number(params.issue_number);
      const since = query.get('since');
      const list = this.comments
        .filter(
          (c) =>
            c.issue === issue && (since === null || Date.parse(c.updated_at) >= Date.parse(since)),
        )
        .sort((a, b) => a.id - b.id);
      return this.page(`${repoPath}/issues/${issue}/comments`, list, query, (c) =>
        this.commentJson(c),
      );
    });
    this.route('POST', `${repoPath}/issues/{issue_number}/comments`, ({ params, body, user }) => {
      if (!this.isRepo(params)) return this.notFound();
      const text = bodyField(body, 'body');
      if (text === undefined) return unprocessable('body');
      if (tooLong(text)) return bodyTooLong();
      const comment = this.addComment(Number(params.issue_number), user, text);
      return { status: 201, body: this.commentJson(comment) };
    });
    this.route('PATCH', `${repoPath}/issues/comments/{comment_id}`, ({ params, body, user }) => {
      const comment = this.comments.find((c) => c.id === Number(params.comment_id));
      if (!this.isRepo(params) || !comment) return this.notFound();
      if (comment.user.login !== user.login) return this.notFound();
      const text = bodyField(body, 'body');
      if (text === undefined) return unprocessable('body');
      if (tooLong(text)) return bodyTooLong();
      comment.body = text;
      comment.updated_at = this.tick();
      return { status: 200, body: this.commentJson(comment) };
    });
    this.route(
      'POST',
      `${repoPath}/issues/comments/{comment_id}/reactions`,
      ({ params, body, user }) => {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!this.isRepo(params) || !comment) return this.notFound();
        const content = bodyField(body, 'content');
        if (content === undefined || !REACTIONS.includes(content)) return unprocessable('content');
        const existing = this.reactions.find(
          (r) => r.commentId === comment.id && r.user.login === user.login && r.content === content,
        );
        if (existing) return { status: 200, body: this.reactionJson(existing) };
        const reaction: FakeReaction = {
          id: this.id(),
          commentId: comment.id,
          user,
          content,
          created_at: this.tick(),
        };
        this.reactions.push(reaction);
        return { status: 201, body: this.reactionJson(reaction) };
      },
    );
    this.route('GET', `${repoPath}/collaborators/{username}/permission`, ({ params }) => {
      const user = this.users.get((params.username ?? '').toLowerCase());
      if (!this.isRepo(params) || !user) return this.notFound();
      const role = this.roles.get(user.login.toLowerCase()) ?? {
        role_name: 'none',
        permission: 'none',
      };
      return {
        status: 200,
        body: {
          permission: role.permission,
          role_name: role.role_name,
          user: { ...this.userJson(user), role_name: role.role_name },
        },
      };
    });
    this.route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ({ params }) => {
      const team = `${params.org}/${params.team_slug}`;
      if (this.hiddenTeams.has(team)) {
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest',
          },
        };
      }
      const state = this.teams.get(team)?.get((params.username ?? '').toLowerCase());
      if (!state) return this.notFound();
      return {
        status: 200,
        body: {
          url: `${this.url}/organizations/1/team/1/memberships/${params.username}`,
          role: 'member',
          state,
        },
      };
    });
    this.route('GET', `${repoPath}/pulls/{pull_number}`, ({ params }) => {
      const pull = this.pulls.get(Number(params.pull_number));
      if (!this.isRepo(params) || !pull) return this.notFound();
      return { status: 200, body: this.pullJson(pull) };
    });
    this.route('GET', `${repoPath}/pulls/{pull_number}/reviews`, ({ params, query }) => {
      const number = Number(params.pull_number);
      if (!this.isRepo(params) || !this.pulls.has(number)) return this.notFound();
      const list = this.reviews.filter((r) => r.pull === number).sort((a, b) => a.id - b.id);
      return this.page(`${repoPath}/pulls/${number}/reviews`, list, query, (r) =>
        this.reviewJson(r),
      );
    });
    this.defineGitRoutes(repoPath);
    this.defineGraphqlRoute();
  }

  // ---- git data -------------------------------------------------------------------------

  /** The commit a ref (full name, e.g. refs/heads/wflo/budget-pools) points at. */
  refCommit(ref: string): string | undefined {
    return this.refs.get(ref);
  }

  /** A file's text at a ref's commit (top-level files only). */
  fileAt(ref: string, path: string): string | undefined {
    const commit = this.commits.get(this.refs.get(ref) ?? '');
    const entry = this.trees.get(commit?.tree ?? '')?.find((e) => e.path === path);
    return entry && this.blobs.get(entry.sha)?.toString('utf8');
  }

  /** Whether `commit` is `ancestor` or descends from it (GitHub's fast-forward rule). */
  descends(commit: string, ancestor: string): boolean {
    const seen = new Set<string>();
    const queue = [commit];
    while (queue.length > 0) {
      const sha = queue.pop() ?? '';
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  private putBlob(content: Buffer): string {
    const sha = gitSha('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  private refJson(ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: `REF_${createHash('sha1').update(ref).digest('hex').slice(0, 12)}`,
      url: `${this.apiRepo()}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.apiRepo()}/git/commits/${sha}` },
    };
  }

  private treeJson(sha: string): Record<string, unknown> {
    return {
      sha,
      url: `${this.apiRepo()}/git/trees/${sha}`,
      truncated: false,
      tree: (this.trees.get(sha) ?? []).map((e) => ({
        ...e,
        url: `${this.apiRepo()}/git/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}`,
        ...(e.type === 'blob' ? { size: this.blobs.get(e.sha)?.length ?? 0 } : {}),
      })),
    };
  }

  private commitJson(sha: string): Record<string, unknown> {
    const commit = this.commits.get(sha);
    const person = { name: 'github-actions[bot]', email: 'bot@example.com', date: commit?.date };
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: `${this.apiRepo()}/git/commits/${sha}`,
      html_url: `${this.htmlBase()}/commit/${sha}`,
      author: person,
      committer: person,
      message: commit?.message ?? '',
      tree: { sha: commit?.tree, url: `${this.apiRepo()}/git/trees/${commit?.tree}` },
      parents: (commit?.parents ?? []).map((p) => ({
        sha: p,
        url: `${this.apiRepo()}/git/commits/${p}`,
        html_url: `${this.htmlBase()}/commit/${p}`,
      })),
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  /** A commit as GraphQL's Commit: its oid, message and top-level files. */
  private graphqlCommit(sha: string): Record<string, unknown> {
    const commit = this.commits.get(sha);
    return {
      __typename: 'Commit',
      oid: sha,
      message: commit?.message ?? '',
      file: ({ path }: { path: string }) => {
        const entry = this.trees.get(commit?.tree ?? '')?.find((e) => e.path === path);
        const blob = entry && this.blobs.get(entry.sha);
        if (!entry || !blob) return null;
        const isBinary = blob.includes(0);
        // GitHub leaves out the text of large blobs (isTruncated); this fake at 512 KiB.
        const isTruncated = blob.length > 512 * 1024;
        return {
          path,
          name: path,
          oid: entry.sha,
          object: {
            __typename: 'Blob',
            oid: entry.sha,
            byteSize: blob.length,
            isBinary,
            isTruncated,
            text: isBinary
              ? null
              : isTruncated
                ? blob.subarray(0, 512 * 1024).toString('utf8')
                : blob.toString('utf8'),
          },
        };
      },
    };
  }

  /** createCommitOnBranch: a commit on the branch's head, only while it is `expectedHeadOid`. */
  private commitOnBranch(input: {
    branch: { repositoryNameWithOwner?: string; branchName?: string };
    expectedHeadOid: string;
    message: { headline: string; body?: string };
    fileChanges?: {
      additions?: { path: string; contents: string }[];
      deletions?: { path: string }[];
    };
  }): Record<string, unknown> {
    const { repositoryNameWithOwner, branchName } = input.branch;
    if (repositoryNameWithOwner !== `${this.owner}/${this.repo}` || !branchName)
      throw new GraphqlTypedError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${repositoryNameWithOwner ?? ''}'.`,
      );
    const ref = branchName.startsWith('refs/heads/') ? branchName : `refs/heads/${branchName}`;
    const head = this.refs.get(ref);
    if (head === undefined)
      throw new GraphqlTypedError(
        'NOT_FOUND',
        `Could not resolve to a Ref with the name '${ref}'.`,
      );
    if (head !== input.expectedHeadOid)
      throw new GraphqlTypedError(
        'STALE_DATA',
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    const entries = new Map(
      (this.trees.get(this.commits.get(head)?.tree ?? '') ?? []).map((e) => [e.path, e]),
    );
    for (const { path } of input.fileChanges?.deletions ?? []) entries.delete(path);
    for (const { path, contents } of input.fileChanges?.additions ?? []) {
      if (path === '' || path.includes('/'))
        throw new GraphqlTypedError('UNPROCESSABLE', 'this fake keeps files at the top level only');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contents) || contents.length % 4 !== 0)
        throw new GraphqlTypedError('UNPROCESSABLE', `contents of ${path} are not base64`);
      entries.set(path, {
        path,
        mode: '100644',
        type: 'blob',
        sha: this.putBlob(Buffer.from(contents, 'base64')),
      });
    }
    const list = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const tree = gitSha('tree', Buffer.from(JSON.stringify(list)));
    this.trees.set(tree, list);
    const message = [input.message.headline, input.message.body].filter(Boolean).join('\n\n');
    const commit: GitCommit = { tree, parents: [head], message, date: this.tick() };
    const sha = gitSha('commit', Buffer.from(JSON.stringify({ ...commit, n: this.id() })));
    this.commits.set(sha, commit);
    this.refs.set(ref, sha);
    return { commit: this.graphqlCommit(sha) };
  }

  private defineGraphqlRoute(): void {
    this.route('POST', '/graphql', ({ body }) => {
      const request = (body ?? {}) as { query?: unknown; variables?: unknown };
      if (typeof request.query !== 'string')
        return { status: 400, body: { message: 'Problems parsing JSON' } };
      const root = {
        repository: ({ owner, name }: { owner: string; name: string }) => {
          if (owner !== this.owner || name !== this.repo)
            throw new GraphqlTypedError(
              'NOT_FOUND',
              `Could not resolve to a Repository with the name '${owner}/${name}'.`,
            );
          return {
            ref: ({ qualifiedName }: { qualifiedName: string }) => {
              const full = qualifiedName.startsWith('refs/')
                ? qualifiedName
                : `refs/heads/${qualifiedName}`;
              const sha = this.refs.get(full);
              return sha === undefined ? null : { name: full, target: this.graphqlCommit(sha) };
            },
          };
        },
        createCommitOnBranch: ({ input }: { input: Parameters<FakeGitHub['commitOnBranch']>[0] }) =>
          this.commitOnBranch(input),
      };
      const result = graphqlSync({
        schema: githubGraphqlSchema(),
        source: request.query,
        rootValue: root,
        variableValues: (request.variables ?? {}) as Record<string, unknown>,
      });
      // GitHub's error shape: a `type` where it has one; graphql-js's own errors (a field the
      // schema lacks, a variable of the wrong type) are the fake's violations too.
      const errors = (result.errors ?? []).map((e) => {
        const typed =
          e.originalError instanceof GraphqlTypedError ? e.originalError.type : undefined;
        if (typed === undefined && this.options.validate)
          this.violations.push(`POST /graphql: ${e.message}`);
        return {
          ...(typed === undefined ? {} : { type: typed }),
          ...(e.path ? { path: e.path } : {}),
          ...(e.locations ? { locations: e.locations } : {}),
          message: e.message,
        };
      });
      return {
        status: 200,
        body: {
          ...(result.data === undefined ? {} : { data: result.data }),
          ...(errors.length > 0 ? { errors } : {}),
        },
      };
    });
  }

  private defineGitRoutes(repoPath: string): void {
    const refName = (short: string) => `refs/${short}`;
    this.route('GET', `${repoPath}/git/ref/{ref}`, ({ params }) => {
      const ref = refName(params.ref ?? '');
      const sha = this.refs.get(ref);
      if (!this.isRepo(params) || sha === undefined) return this.notFound();
      return { status: 200, body: this.refJson(ref, sha) };
    });
    this.route('POST', `${repoPath}/git/refs`, ({ params, body }) => {
      if (!this.isRepo(params)) return this.notFound();
      const ref = bodyField(body, 'ref');
      const sha = bodyField(body, 'sha');
      if (ref === undefined || sha === undefined)
        return unprocessable(ref ? 'sha' : 'ref', 'Reference');
      if (!/^refs\/[^/]+\/.+/.test(ref))
        return gitUnprocessable(
          'Reference name must contain at least three slash-separated components.',
        );
      if (!this.commits.has(sha)) return gitUnprocessable('Object does not exist');
      if (this.refs.has(ref)) return gitUnprocessable('Reference already exists');
      this.refs.set(ref, sha);
      return { status: 201, body: this.refJson(ref, sha) };
    });
    this.route('PATCH', `${repoPath}/git/refs/{ref}`, ({ params, body }) => {
      if (!this.isRepo(params)) return this.notFound();
      const ref = refName(params.ref ?? '');
      const sha = bodyField(body, 'sha');
      const force = (body as { force?: unknown } | undefined)?.force === true;
      const current = this.refs.get(ref);
      if (sha === undefined) return unprocessable('sha', 'Reference');
      if (current === undefined) return gitUnprocessable('Reference does not exist');
      if (!this.commits.has(sha)) return gitUnprocessable('Object does not exist');
      // GitHub's rule: without force, the new commit must be the current one or descend from it.
      if (!force && !this.descends(sha, current))
        return gitUnprocessable('Update is not a fast forward');
      this.refs.set(ref, sha);
      return { status: 200, body: this.refJson(ref, sha) };
    });
    this.route('DELETE', `${repoPath}/git/refs/{ref}`, ({ params }) => {
      if (!this.isRepo(params)) return this.notFound();
      const ref = refName(params.ref ?? '');
      if (!this.refs.delete(ref)) return gitUnprocessable('Reference does not exist');
      return { status: 204 };
    });
    this.route('POST', `${repoPath}/git/blobs`, ({ params, body }) => {
      if (!this.isRepo(params)) return this.notFound();
      const content = bodyField(body, 'content');
      if (content === undefined) return unprocessable('content', 'Blob');
      const encoding = bodyField(body, 'encoding') ?? 'utf-8';
      const sha = this.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
      return { status: 201, body: { sha, url: `${this.apiRepo()}/git/blobs/${sha}` } };
    });
    this.route('GET', `${repoPath}/git/blobs/{file_sha}`, ({ params }) => {
      const blob = this.blobs.get(params.file_sha ?? '');
      if (!this.isRepo(params) || !blob) return this.notFound();
      return {
        status: 200,
        body: {
          sha: params.file_sha,
          node_id: `B_${(params.file_sha ?? '').slice(0, 12)}`,
          url: `${this.apiRepo()}/git/blobs/${params.file_sha}`,
          size: blob.length,
          content: blob.toString('base64'),
          encoding: 'base64',
        },
      };
    });
    this.route('POST', `${repoPath}/git/trees`, ({ params, body }) => {
      if (!this.isRepo(params)) return this.notFound();
      const items = (body as { tree?: unknown } | undefined)?.tree;
      const baseTree = bodyField(body, 'base_tree');
      if (!Array.isArray(items)) return unprocessable('tree', 'Tree');
      if (baseTree !== undefined && !this.trees.has(baseTree))
        return gitUnprocessable('base_tree is not a valid tree oid');
      const entries = new Map(
        (baseTree === undefined ? [] : (this.trees.get(baseTree) ?? [])).map((e) => [e.path, e]),
      );
      for (const item of items as Record<string, unknown>[]) {
        const path = typeof item.path === 'string' ? item.path : '';
        if (path === '' || path.includes('/'))
          return gitUnprocessable(
            'tree.path is not a top-level file name (this fake keeps one level)',
          );
        if (typeof item.content === 'string') {
          entries.set(path, {
            path,
            mode: String(item.mode ?? '100644'),
            type: 'blob',
            sha: this.putBlob(Buffer.from(item.content, 'utf8')),
          });
        } else if (typeof item.sha === 'string' && this.blobs.has(item.sha)) {
          entries.set(path, {
            path,
            mode: String(item.mode ?? '100644'),
            type: 'blob',
            sha: item.sha,
          });
        } else if (item.sha === null) {
          entries.delete(path);
        } else {
          return gitUnprocessable('tree.sha is not a valid blob');
        }
      }
      const list = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
      const sha = gitSha('tree', Buffer.from(JSON.stringify(list)));
      this.trees.set(sha, list);
      return { status: 201, body: this.treeJson(sha) };
    });
    this.route('GET', `${repoPath}/git/trees/{tree_sha}`, ({ params }) => {
      if (!this.isRepo(params) || !this.trees.has(params.tree_sha ?? '')) return this.notFound();
      return { status: 200, body: this.treeJson(params.tree_sha ?? '') };
    });
    this.route('POST', `${repoPath}/git/commits`, ({ params, body }) => {
      if (!this.isRepo(params)) return this.notFound();
      const message = bodyField(body, 'message');
      const tree = bodyField(body, 'tree');
      const parents = (body as { parents?: unknown } | undefined)?.parents ?? [];
      if (message === undefined || tree === undefined)
        return unprocessable(message === undefined ? 'message' : 'tree', 'Commit');
      if (!this.trees.has(tree)) return gitUnprocessable('Tree SHA does not exist');
      if (
        !Array.isArray(parents) ||
        !parents.every((p) => typeof p === 'string' && this.commits.has(p))
      )
        return gitUnprocessable('Parent SHA does not exist or is not a commit object');
      const date = this.tick();
      const commit: GitCommit = { tree, parents: parents as string[], message, date };
      // The same tree, parents and message a second later is another commit, as in git.
      const sha = gitSha('commit', Buffer.from(JSON.stringify({ ...commit, n: this.id() })));
      this.commits.set(sha, commit);
      return { status: 201, body: this.commitJson(sha) };
    });
    this.route('GET', `${repoPath}/git/commits/{commit_sha}`, ({ params }) => {
      if (!this.isRepo(params) || !this.commits.has(params.commit_sha ?? ''))
        return this.notFound();
      return { status: 200, body: this.commitJson(params.commit_sha ?? '') };
    });
    this.route('GET', `${repoPath}/contents/{path}`, ({ params, query }) => {
      if (!this.isRepo(params)) return this.notFound();
      const at = query.get('ref') ?? 'heads/main';
      // A ref is a commit sha, or a branch, tag or other ref by name.
      const commitSha = this.commits.has(at)
        ? at
        : (this.refs.get(at.startsWith('refs/') ? at : `refs/heads/${at}`) ??
          this.refs.get(`refs/${at}`));
      const tree = this.trees.get(this.commits.get(commitSha ?? '')?.tree ?? '');
      const path = params.path ?? '';
      const entry = tree?.find((e) => e.path === path && e.type === 'blob');
      const blob = entry && this.blobs.get(entry.sha);
      if (!entry || !blob) return this.notFound();
      const self = `${this.apiRepo()}/contents/${path}?ref=${at}`;
      const git = `${this.apiRepo()}/git/blobs/${entry.sha}`;
      const html = `${this.htmlBase()}/blob/${at}/${path}`;
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: blob.length,
          name: path,
          path,
          // GitHub wraps the base64 at 60 characters a line.
          content: (blob.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
          sha: entry.sha,
          url: self,
          git_url: git,
          html_url: html,
          download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${commitSha}/${path}`,
          _links: { git, self, html },
        },
      };
    });
  }

  /** One page of a list with GitHub's Link header (first/prev/next/last). */
  private page<T>(
    template: string,
    list: T[],
    query: URLSearchParams,
    toJson: (item: T) => unknown,
  ): Answer {
    const path = template.replace('{owner}', this.owner).replace('{repo}', this.repo);
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const items = list.slice((page - 1) * perPage, page * perPage).map(toJson);
    const link = (n: number, rel: string) => {
      const q = new URLSearchParams(query);
      q.set('page', String(n));
      q.set('per_page', String(perPage));
      return `<${this.url}${path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return {
      status: 200,
      body: items,
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private htmlBase(): string {
    return `https://github.com/${this.owner}/${this.repo}`;
  }

  private apiRepo(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  userJson(user: FakeUser): Record<string, unknown> {
    const id = [...user.login].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) % 1_000_000;
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private association(user: FakeUser): string {
    const role = this.roles.get(user.login.toLowerCase());
    return role ? 'COLLABORATOR' : 'NONE';
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.apiRepo()}/issues/comments/${c.id}`,
      html_url: `${this.htmlBase()}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${this.apiRepo()}/issues/${c.issue}`,
      author_association: this.association(c.user),
      performed_via_github_app: null,
    };
  }

  private reactionJson(r: FakeReaction): Record<string, unknown> {
    return {
      id: r.id,
      node_id: `REA_${r.id}`,
      user: this.userJson(r.user),
      content: r.content,
      created_at: r.created_at,
    };
  }

  private reviewJson(r: FakeReview): Record<string, unknown> {
    const html = `${this.htmlBase()}/pull/${r.pull}#pullrequestreview-${r.id}`;
    const pr = `${this.apiRepo()}/pulls/${r.pull}`;
    return {
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.userJson(r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      _links: { html: { href: html }, pull_request: { href: pr } },
      submitted_at: r.submitted_at,
      commit_id: r.commit_id,
      author_association: this.association(r.user),
    };
  }

  /** GitHub's own example pull request, with this fake's number, head and author. */
  private pullJson(pull: Pull): Record<string, unknown> {
    const example = structuredClone(
      openApiSpec().components.examples['pull-request']?.value,
    ) as Record<string, unknown>;
    const own = `${this.owner}/${this.repo}`;
    const repoOf = (side: unknown, fullName: string) => {
      const repo = (side as { repo: Record<string, unknown> }).repo;
      return { ...repo, full_name: fullName, name: fullName.split('/')[1], fork: fullName !== own };
    };
    const head = {
      ...(example.head as Record<string, unknown>),
      sha: pull.headSha,
      repo: repoOf(example.head, pull.fork ?? own),
    };
    const base = { ...(example.base as Record<string, unknown>), repo: repoOf(example.base, own) };
    return {
      ...example,
      number: pull.number,
      url: `${this.apiRepo()}/pulls/${pull.number}`,
      html_url: `${this.htmlBase()}/pull/${pull.number}`,
      state: pull.state,
      closed_at: pull.state === 'closed' ? iso(this.time) : null,
      user: this.userJson(pull.author),
      head,
      base,
      requested_teams: [],
    };
  }
}

// ---- wflo's client on the fake ------------------------------------------------------------

/**
 * A fake GitHub checking answers against the OpenAPI description, a bot's token, and wflo's
 * own REST client on it (retry and throttling as in production; no write spacing, short waits).
 */
export async function fakeGitHubWithClient(
  token: string,
  options: FakeGitHubOptions = {},
): Promise<{ gh: FakeGitHub; client: RestClient }> {
  const gh = await FakeGitHub.start({ validate: true, ...options });
  gh.addToken(token, { login: 'github-actions[bot]', type: 'Bot' });
  const client = createRestClient({
    token,
    apiUrl: gh.url,
    spaceWrites: false,
    retryAfterBaseMs: 1,
  });
  return { gh, client };
}

// ---- a clock tests drive ------------------------------------------------------------------

/**
 * A Clock whose sleeps return at once and move time on; `onSleep` lets a test act while
 * the code under test waits (post a comment, push a commit).
 */
export class ManualClock implements Clock {
  sleeps: number[] = [];
  onSleep?: (count: number, ms: number) => void | Promise<void>;

  constructor(public current = Date.parse('2026-01-01T00:00:00Z')) {}

  now(): number {
    return this.current;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.current += ms;
    await new Promise((resolve) => setImmediate(resolve));
    await this.onSleep?.(this.sleeps.length, ms);
  }

  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}

// ---- helpers --------------------------------------------------------------------------------

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function bodyField(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** GitHub's limit on an issue comment's body, in characters (code points, as Ruby counts). */
export const COMMENT_BODY_LIMIT = 65_536;

function tooLong(text: string): boolean {
  return [...text].length > COMMENT_BODY_LIMIT;
}

/** What GitHub answers to a comment over the limit (seen in the wild; 422 in the description). */
function bodyTooLong(): Answer {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
        },
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    },
  };
}

/** git's object id: sha1 over "<type> <length>\0<bytes>" (blobs match git; trees and commits are hashed from this fake's own encoding). */
function gitSha(type: string, content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex');
}

/** What the git data endpoints answer to a request they refuse (422, a message and no errors). */
function gitUnprocessable(message: string): Answer {
  return {
    status: 422,
    body: { message, documentation_url: 'https://docs.github.com/rest/git/refs', status: '422' },
  };
}

function unprocessable(field: string, resource = 'IssueComment'): Answer {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'missing_field', field }],
      documentation_url: 'https://docs.github.com/rest',
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
