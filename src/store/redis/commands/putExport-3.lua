--[[
  Keeps a data export in place of the person's earlier one.
  KEYS: the export, the person's pointer, the earlier export the pointer named when the caller
    read it (the new export itself when it named none). All share the `{exports}` hash tag.
  ARGV: the document, lifetime (ms), the id, the id the pointer named when read ('' none).
  Returns 1 kept (the earlier export deleted); 0 the pointer changed since it was read (read again).
]]
local earlier = redis.call('GET', KEYS[2])
if (earlier or '') ~= ARGV[4] then return 0 end
if earlier then redis.call('DEL', KEYS[3]) end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2])
return 1
