-- wrk script: every request asks for another path, read from the file named by AGORA_BENCH_PATHS (one per line), so that
-- caches see mostly new requests. Also prints the RESULT line of report.lua.
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

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT rps=%.1f p50=%d p95=%d p99=%d requests=%d errors=%d non2xx=%d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
