--[[
  Records a web chat conversation unless its id is taken.
  KEYS: the conversation's record, sequence, log (all with the conversation's hash tag).
  ARGV: record, lifetime (s), user id.
  Returns 1 created; 0 already there for this user; -1 bound to another user; -2 unreadable.
  The existing record is decoded with cjson only to compare owners: done here so that two creates
  at once cannot both bind the id.
]]
local existing = redis.call('GET', KEYS[1])
if existing then
  local ok, stored = pcall(cjson.decode, existing)
  if not ok or type(stored) ~= 'table' or type(stored.conversation) ~= 'table' then return -2 end
  if stored.conversation.userId ~= ARGV[3] then return -1 end
else
  redis.call('SET', KEYS[1], ARGV[1])
end
for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ARGV[2]) end
if existing then return 0 end
return 1
