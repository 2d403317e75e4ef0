--[[
  Deletes one activity listing and bumps the listings version.
  KEYS[1]: the hash of listings; KEYS[2]: the version counter. ARGV[1]: the listing's id.
  Returns 1 deleted; 0 there was no such listing.
]]
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('INCR', KEYS[2])
return 1
