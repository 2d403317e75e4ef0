--[[
  Compare-and-set of one callback request.
  KEYS: the request's hash, the person's open pointer (both with the `{callbacks}` hash tag).
  ARGV: expected eTag, new eTag, document, '1' when still open, id.
  Returns 1 written (and the open pointer cleared if it named this request and it is no longer
  open); 0 someone else got there first (or it was erased).
]]
if redis.call('HGET', KEYS[1], 'e') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
if ARGV[4] ~= '1' and redis.call('GET', KEYS[2]) == ARGV[5] then redis.call('DEL', KEYS[2]) end
return 1
