--[[
  Forgets a person's waiting data export.
  KEYS: the person's pointer, the export it named when the caller read it (the pointer itself when
    it named none). Both share the `{exports}` hash tag.
  ARGV[1]: the id the pointer named when read ('' none).
  Returns 1 erased; 0 the pointer changed since it was read (read again).
]]
local id = redis.call('GET', KEYS[1])
if (id or '') ~= ARGV[1] then return 0 end
if id then redis.call('DEL', KEYS[2]) end
redis.call('DEL', KEYS[1])
return 1
