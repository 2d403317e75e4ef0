--[[
  Extends a lock's life, only for its holder.
  KEYS[1]: the lock. ARGV: the holder's token, the new lifetime in ms.
  Returns 1 renewed; 0 not held by this token.
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
