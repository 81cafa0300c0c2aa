-- wrk script: every request asks for another path, read from the file named by AGORA_BENCH_PATHS (one per line),
-- so that caches see mostly new requests. With AGORA_BENCH_THINK_MS set, each connection is a customer who waits
-- between requests (exponentially distributed, that mean in milliseconds): the load is then a steady rate below
-- what the server can take, instead of as many requests as it can answer. Reports like report.lua.
dofile("bench/report.lua")

local paths = {}
local next_index = 1
local think_ms = tonumber(os.getenv("AGORA_BENCH_THINK_MS") or "0")

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

if think_ms > 0 then
  delay = function()
    return math.floor(-think_ms * math.log(1 - math.random()))
  end
end
