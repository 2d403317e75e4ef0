--[[
  Counts a person once in a month: unless their field holds the month already, sets it to the
  month and adds 1 to the month's counter.
  KEYS[1]: the person's report hash. KEYS[2]: the month's counters (same site, same slot).
  ARGV: the field, the month, the counter.
  Returns 1 counted now; 0 counted already this month.
]]
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
return 1
