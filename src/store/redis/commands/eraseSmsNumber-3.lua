--[[
  Forgets a number's SMS records, once the answers kept for it have been blanked.
  KEYS: the number's answers set, its rest, its opt-out record (all with the number's hash tag).
  ARGV: the MessageSids whose answers the caller has blanked.
  Returns 1 erased: the set and the rest are gone, and an opt-in record (an opt-out, or anything
  unreadable, stays); 0 the set names a message not blanked yet (blank it, then call again).
]]
local blanked = {}
for i = 1, #ARGV do blanked[ARGV[i]] = true end
for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if not blanked[sid] then return 0 end
end
redis.call('DEL', KEYS[1], KEYS[2])
local raw = redis.call('GET', KEYS[3])
if raw then
  local ok, record = pcall(cjson.decode, raw)
  if ok and type(record) == 'table' and record.optedOut == false then redis.call('DEL', KEYS[3]) end
end
return 1
