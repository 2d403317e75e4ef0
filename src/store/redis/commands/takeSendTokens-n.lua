--[[
  Takes one token from every bucket, all or none, unless sending is paused (the Teams send pipeline).
  KEYS[1]: the pause (an instant, ms). KEYS[2..]: the buckets (hashes: t tokens, at ms).
  ARGV[1]: now (ms). Then per bucket: its burst and its tokens a second.
  Returns {1, 0, -1} taken; {0, waitMs, -1} paused; {0, waitMs, index} the bucket (0-based) with the longest wait is empty.
]]
local now = tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return {0, math.ceil(paused - now), -1} end
local tokens, ats = {}, {}
local waitMs, short = 0, -1
for i = 2, #KEYS do
  local burst, perSecond = tonumber(ARGV[2 * i - 2]), tonumber(ARGV[2 * i - 1])
  local state = redis.call('HMGET', KEYS[i], 't', 'at')
  local have, at = tonumber(state[1]), tonumber(state[2])
  if have == nil or at == nil then
    have, at = burst, now
  else
    have = math.min(burst, have + math.max(0, now - at) * perSecond / 1000)
  end
  tokens[i], ats[i] = have, math.max(at, now)
  if have < 1 then
    local wait = math.ceil((1 - have) * 1000 / perSecond)
    if wait > waitMs then waitMs, short = wait, i - 2 end
  end
end
if short >= 0 then return {0, waitMs, short} end
for i = 2, #KEYS do
  local burst, perSecond = tonumber(ARGV[2 * i - 2]), tonumber(ARGV[2 * i - 1])
  redis.call('HSET', KEYS[i], 't', tostring(tokens[i] - 1), 'at', tostring(ats[i]))
  -- Full again by then: a missing bucket is a full one.
  redis.call('PEXPIRE', KEYS[i], math.ceil(burst * 1000 / perSecond) + 1000)
end
return {1, 0, -1}
