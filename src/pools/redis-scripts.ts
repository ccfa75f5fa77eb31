// The Redis store's two scripts: the rules of book.ts, each run atomically by Redis (one
// script per escrow, one per settle). Same shapes as book.ts — a pool is the JSON of a
// BookPool under `<prefix>pool:<key>`, a lease the JSON of a BookLease under
// `<prefix>lease:<id>` — so the store reads standings with book.ts's own functions. The
// period a moment falls in comes from the caller, as every other rule's "now" does: Lua has
// no calendar worth trusting.
//
// Whether a lease has expired is decided by the caller's clock against the lease's
// `expiresAtMs`, in these scripts, never by Redis. Redis only collects a lease key once
// nobody can need it, on its own clock and so by a relative TTL (PX): the lease's length
// plus a day (a settle deletes it at once). An absolute PXAT on the caller's clock made a
// runner whose clock ran behind Redis's lose its lease at once — its settle then found
// nothing, and its whole hold was spent at expiry.
//
// Redis's cjson writes numbers with 14 significant digits (its most): micro-dollars stay exact
// below $100 million, which is why a pool's max_usd is at most 99,999,999 (the schema says
// so), and epoch milliseconds until the year 5138.

/** How long past its length Redis keeps the key of a lease never settled. */
export const KEEP_LEASE_KEY_MS = 24 * 60 * 60 * 1000;

const UP_TO_DATE = `
local function up_to_date(pool, now, current)
  for id, h in pairs(pool.holds) do
    if h.expiresAtMs <= now then
      if h.periodKey == pool.periodKey then pool.spentMicros = pool.spentMicros + h.micros end
      pool.holds[id] = nil
    end
  end
  if pool.periodKey ~= current then
    pool.periodKey = current
    pool.spentMicros = 0
    for id, h in pairs(pool.holds) do
      if h.periodKey ~= current then pool.holds[id] = nil end
    end
  end
end
`;

/**
 * KEYS: lease, pool 1..n, index. ARGV: now ms, want micros, lease ms, holder, lease id, then
 * per pool: cap micros, period ('' for none), current period key, pool key.
 * Returns the JSON `{ held, pools: [BookPool…] }`.
 */
export const ESCROW_SCRIPT = `${UP_TO_DATE}
local now = tonumber(ARGV[1])
local want = tonumber(ARGV[2])
local lease_ms = tonumber(ARGV[3])
local holder = ARGV[4]
local lease_id = ARGV[5]
local n = #KEYS - 2
local pools = {}
local names = {}
for i = 1, n do
  local base = 5 + (i - 1) * 4
  local current = ARGV[base + 3]
  local raw = redis.call('GET', KEYS[i + 1])
  local pool
  if raw then pool = cjson.decode(raw) else pool = { spentMicros = 0, periodKey = current, holds = {} } end
  pool.capMicros = tonumber(ARGV[base + 1])
  if ARGV[base + 2] == '' then pool.period = nil else pool.period = ARGV[base + 2] end
  up_to_date(pool, now, current)
  pools[i] = pool
  names[i] = ARGV[base + 4]
  redis.call('SADD', KEYS[n + 2], names[i])
end
local grant
local known = redis.call('GET', KEYS[1])
if known then known = cjson.decode(known) end
-- A lease still running is this run's escrow asked again: the same grant. (An expired one is
-- forgotten, as book.ts forgets it, though Redis may keep its key a day longer.)
if known and known.expiresAtMs > now then
  grant = known.micros
else
  grant = math.floor(want)
  for i = 1, n do
    local held = 0
    for _, h in pairs(pools[i].holds) do held = held + h.micros end
    local left = pools[i].capMicros - pools[i].spentMicros - held
    if left < grant then grant = left end
  end
  if grant < 0 then grant = 0 end
  if grant > 0 then
    local expires = now + lease_ms
    for i = 1, n do
      pools[i].holds[lease_id] = { holder = holder, micros = grant, expiresAtMs = expires, periodKey = pools[i].periodKey }
    end
    redis.call('SET', KEYS[1], cjson.encode({ holder = holder, micros = grant, pools = names, expiresAtMs = expires }), 'PX', lease_ms + ${KEEP_LEASE_KEY_MS})
  end
end
for i = 1, n do redis.call('SET', KEYS[i + 1], cjson.encode(pools[i])) end
return cjson.encode({ held = grant, pools = pools })
`;

/**
 * KEYS: lease. ARGV: now ms, spent micros, lease id, the pool key prefix. Returns 1 when it
 * settled, 0 for a lease already settled (and so deleted), expired or unknown.
 */
export const SETTLE_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local lease = cjson.decode(raw)
local now = tonumber(ARGV[1])
if lease.expiresAtMs <= now then return 0 end
local spent = math.floor(tonumber(ARGV[2]))
if spent < 0 then spent = 0 end
for _, name in ipairs(lease.pools) do
  local key = ARGV[4] .. name
  local praw = redis.call('GET', key)
  if praw then
    local pool = cjson.decode(praw)
    local hold = pool.holds[ARGV[3]]
    if hold then
      if hold.periodKey == pool.periodKey then pool.spentMicros = pool.spentMicros + spent end
      pool.holds[ARGV[3]] = nil
      redis.call('SET', key, cjson.encode(pool))
    end
  end
end
-- Settled: forgotten, as book.ts forgets it; a second settle finds nothing and returns 0.
redis.call('DEL', KEYS[1])
return 1
`;
