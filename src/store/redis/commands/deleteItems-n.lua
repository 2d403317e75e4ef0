--[[
  Deletes botbuilder state items, fenced by the turn's conversation lock.
  KEYS[1]: the fence (lock) key; KEYS[2 ..]: the items (all with the `{turns}` hash tag).
  ARGV[1]: the lock token, or '' for an unfenced delete.
  Returns {code, count}: 0 deleted; -1 the lock is no longer held (nothing deleted).
]]
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return {-1, 0} end
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
return {0, #KEYS - 1}
