--[[
  Creates a callback request unless the person has an open one.
  KEYS: the person's open pointer, the request's hash, its site's sorted set, the person's sorted
    set, its reference key, and the hash of the request the open pointer named when the caller read
    it (the new request's hash when it named none). All share the `{callbacks}` hash tag.
  ARGV: the id the open pointer named when read ('' none), id, eTag, document, score (requestedAt
    ms), '1' when the new request is open.
  Returns {code, document}: 1 created; 0 the person has an open request (its document); -1 the id
    is taken; -2 the reference is taken; -3 the open pointer changed since it was read (read again).
  A pointed-to document whose status cannot be read is answered as it is, so the caller's parser
  fails loudly instead of a second request being created beside it.
]]
local openId = redis.call('GET', KEYS[1])
if (openId or '') ~= ARGV[1] then return {-3, ''} end
if openId then
  local doc = redis.call('HGET', KEYS[6], 'd')
  if doc then
    local ok, parsed = pcall(cjson.decode, doc)
    local status = nil
    if ok and type(parsed) == 'table' and type(parsed.request) == 'table' then status = parsed.request.status end
    if status == 'requested' or status == 'claimed' or status == 'contacted' or type(status) ~= 'string' then return {0, doc} end
  end
end
if redis.call('EXISTS', KEYS[2]) == 1 then return {-1, ''} end
if redis.call('EXISTS', KEYS[5]) == 1 then return {-2, ''} end
redis.call('HSET', KEYS[2], 'e', ARGV[3], 'd', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[2])
redis.call('SET', KEYS[5], ARGV[2])
if ARGV[6] == '1' then redis.call('SET', KEYS[1], ARGV[2]) end
return {1, ''}
