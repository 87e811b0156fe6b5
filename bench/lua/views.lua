-- GET random article pages (BENCH_PATHS) as a browser would, each request a visitor of its own: a browser's
-- User-Agent (Sosik counts no robots) and a fresh sosik_visitor cookie, so that every page answered 200 counts one
-- view and the harness can compare the views stored with the pages served.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local paths = read_lines(os.getenv("BENCH_PATHS"))

local agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

function init(args)
   math.randomseed(os.time() + (id or 0) * 7919)
end

function setup(thread)
   register(thread)
end

local function visitor()
   local r = math.random
   return string.format("%08x-%04x-4%03x-%04x-%04x%08x", r(0, 0x7fffffff), r(0, 0xffff), r(0, 0xfff),
      0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0x7fffffff))
end

function request()
   return wrk.format("GET", paths[math.random(#paths)], { ["User-Agent"] = agent, ["Cookie"] = "sosik_visitor=" .. visitor() })
end

function done(summary, latency, requests)
   report(summary, latency)
end
