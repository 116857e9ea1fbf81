-- wrk script for the search benchmark: every connection cycles through queries a shopper or a
-- till would type (words, two words, prefixes of a word being typed, a brand, a collection, a
-- SKU and a barcode), each as GET /api/v1/products?q=…&limit=20 (relevance order, FTS5 bm25).
-- BENCH_SKU and BENCH_BARCODE (from comptoir-bench-seed) add an exact code lookup.
-- Prints p50/p95/p99 through report.lua's done().

local queries = {
   "pull", "laine", "chemise lin", "robe", "pul", "chem", "bott", "thé vert", "café moulu",
   "caramels beurre salé", "sac cuir", "carnet", "vercors", "camargue", "ardent", "bougie parfum",
   "écharpe cachemire", "jean brut", "coton", "cot", "mocassins daim", "tisane", "guide bretagne",
}
for _, code in ipairs({ os.getenv("BENCH_SKU"), os.getenv("BENCH_BARCODE") }) do
   if code and code ~= "" then table.insert(queries, code) end
end

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local requests = {}
for i, q in ipairs(queries) do
   requests[i] = wrk.format("GET", "/api/v1/products?q=" .. urlencode(q) .. "&limit=20")
end

-- Threads start at different places in the list so the mix is even from the first second.
local counter = 0
local threads = 0
function setup(thread)
   thread:set("first", threads * 7)
   threads = threads + 1
end
function init(args)
   counter = first or 0
end
function request()
   counter = counter + 1
   return requests[counter % #requests + 1]
end

local script_dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(script_dir .. "report.lua")
