--[[
  Writes botbuilder state items, all or none, fenced by the turn's conversation lock.
  KEYS[1]: the fence (lock) key; KEYS[2 ..]: one per item (as many as the caller writes: a batch
    cannot have a fixed size). All share the `{turns}` hash tag.
  ARGV[1]: the lock token, or '' for an unfenced write; ARGV[2]: the items' lifetime in ms;
    then per item: expected eTag or '*', new eTag, document; then, for a fenced write, 'release'
    to release the lock once written (the turn's last write) or nothing.
  Returns {code, index}: 0 written; -1 the lock is no longer held (nothing written);
    -2 item `index` has another eTag (nothing written).
]]
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return {-1, 0} end
local n = #KEYS - 1
for i = 1, n do
  local expected = ARGV[3 + (i - 1) * 3]
  if expected ~= '*' and redis.call('HGET', KEYS[i + 1], 'e') ~= expected then return {-2, i} end
end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  redis.call('HSET', KEYS[i + 1], 'e', ARGV[base + 1], 'd', ARGV[base + 2])
  redis.call('PEXPIRE', KEYS[i + 1], ARGV[2])
end
if ARGV[1] ~= '' and ARGV[3 + n * 3] == 'release' then redis.call('DEL', KEYS[1]) end
return {0, n}
