--[[
  Pauses all Teams sending until an instant; a later pause already set is kept.
  KEYS[1]: the pause. ARGV[1]: until (ms). ARGV[2]: now (ms).
  Returns 1 set; 0 a later pause was kept.
]]
local untilMs, now = tonumber(ARGV[1]), tonumber(ARGV[2])
if tonumber(redis.call('GET', KEYS[1]) or '0') >= untilMs then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, math.ceil(untilMs - now)) + 1000)
return 1
