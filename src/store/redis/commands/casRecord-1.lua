--[[
  Compare-and-set of one `{ e: eTag, d: document }` hash.
  KEYS[1]: the record.
  ARGV: expected eTag ('' = must still be missing), new eTag, document.
  Returns 1 written; 0 someone else got there first.
]]
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] == '' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
return 1
