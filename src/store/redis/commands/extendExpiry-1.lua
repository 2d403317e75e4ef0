--[[
  Lengthens a key's life, never shortens it.
  KEYS[1]: the key. ARGV[1]: the lifetime in seconds.
  Returns 1 lengthened; 0 left as it was (it lives longer already, or is missing).
]]
if redis.call('TTL', KEYS[1]) < tonumber(ARGV[1]) then return redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return 0
