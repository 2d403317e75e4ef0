--[[
  Saves a batch of activity listings in one step, and bumps the listings version once, so every
  instance can tell its search index is stale.
  KEYS[1]: the hash of listings (id -> document); KEYS[2]: the version counter.
  ARGV: per listing, its id and document.
  Returns {created, updated}.
]]
local created = 0
local n = #ARGV / 2
for i = 1, n do
  created = created + redis.call('HSET', KEYS[1], ARGV[i * 2 - 1], ARGV[i * 2])
end
if n > 0 then redis.call('INCR', KEYS[2]) end
return {created, n - created}
