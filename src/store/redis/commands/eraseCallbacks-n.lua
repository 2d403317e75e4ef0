--[[
  Erases a person's callback requests, if they are still exactly the ones read (ids and eTags).
  KEYS (as many as the person has requests, all with the `{callbacks}` hash tag): the person's
    sorted set, their open pointer, then per request read: its hash, its site's sorted set, its
    reference key, its site's list of erased requests; then one hash key per id listed without a
    document.
  ARGV: number of requests read, number listed without a document, then per request read: id,
    eTag, what is kept of it; then the ids listed without a document.
  Returns how many were erased, or -1 when they changed meanwhile (the caller reads again).
]]
local n = tonumber(ARGV[1])
local missing = tonumber(ARGV[2])
if redis.call('ZCARD', KEYS[1]) ~= n + missing then return -1 end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  if not redis.call('ZSCORE', KEYS[1], ARGV[base]) then return -1 end
  if redis.call('HGET', KEYS[2 + (i - 1) * 4 + 1], 'e') ~= ARGV[base + 1] then return -1 end
end
for j = 1, missing do
  if not redis.call('ZSCORE', KEYS[1], ARGV[3 + n * 3 + (j - 1)]) then return -1 end
  if redis.call('EXISTS', KEYS[2 + n * 4 + j]) == 1 then return -1 end
end
for i = 1, n do
  local k = 2 + (i - 1) * 4
  local base = 3 + (i - 1) * 3
  redis.call('DEL', KEYS[k + 1])
  redis.call('ZREM', KEYS[k + 2], ARGV[base])
  redis.call('DEL', KEYS[k + 3])
  redis.call('RPUSH', KEYS[k + 4], ARGV[base + 2])
end
redis.call('DEL', KEYS[1], KEYS[2])
return n + missing
