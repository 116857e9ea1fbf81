-- wrk reporter: prints one machine-readable line after the run, read by run.sh.
--   BENCH requests=… seconds=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=… errors=… non2xx=…
-- search.lua uses the same done(); this file alone is used for the plain GET runs (it changes
-- nothing in the requests wrk sends).

function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "BENCH requests=%d seconds=%.2f rps=%.0f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
      "errors=%d non2xx=%d bytes=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end
