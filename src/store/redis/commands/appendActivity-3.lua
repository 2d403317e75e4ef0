--[[
  Appends an activity to a web chat conversation.
  KEYS: the conversation's record, sequence, log (all with the conversation's hash tag).
  ARGV: the stored JSON before and after its sequence number, lifetime (s: the conversation's, see
    `limitRetention`), the pub/sub channel (a channel, not a key).
  INCR and ZADD in one script, so sequence numbers are distinct and the log's order is the order
  of appends. Returns the sequence number, or -1 when the conversation is gone.
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local seq = redis.call('INCR', KEYS[2])
local member = ARGV[1] .. seq .. ARGV[2]
redis.call('ZADD', KEYS[3], seq, member)
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
redis.call('PUBLISH', ARGV[4], member)
return seq
