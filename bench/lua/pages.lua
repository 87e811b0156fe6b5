-- GET a random path of the list in BENCH_PATHS (article pages, a category's pages, search queries ...).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local paths = read_lines(os.getenv("BENCH_PATHS"))

function init(args)
   math.randomseed(os.time() + (id or 0) * 7919)
end

function setup(thread)
   register(thread)
end

function request()
   return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
   report(summary, latency)
end
