-- wrk script: every request asks for another path, read from the file named by AGORA_BENCH_PATHS (one per line),
-- so that caches see mostly new requests. Reports like report.lua.
dofile("bench/report.lua")

local paths = {}
local next_index = 1

init = function(args)
  for line in io.lines(os.getenv("AGORA_BENCH_PATHS")) do
    paths[#paths + 1] = line
  end
  -- threads start at different places in the list
  next_index = math.random(#paths)
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
