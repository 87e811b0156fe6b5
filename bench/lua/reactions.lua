-- Each wrk thread is one signed-in reader (its line of BENCH_READERS: SESSION cookie and XSRF token) with one
-- connection, so its requests go one after another. It PUTs a random reaction on a random article of
-- BENCH_ARTICLES and keeps the reaction each article ends up with, plus the request still unanswered when wrk
-- stopped, so that the harness can work out the exact totals the database must hold.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local types = { "joy", "cheer", "disappointed", "sad" }
local articles = read_lines(os.getenv("BENCH_ARTICLES"))
local readers = read_lines(os.getenv("BENCH_READERS"))

final = {}
answered = 0
refused = 0
pending = ""
local pending_article, pending_type

function setup(thread)
   register(thread)
end

function init(args)
   math.randomseed(os.time() + id * 7919)
   local session, token = readers[(id - 1) % #readers + 1]:match("^(%S+) (%S+)$")
   wrk.headers["Cookie"] = "SESSION=" .. session .. "; XSRF-TOKEN=" .. token
   wrk.headers["X-XSRF-TOKEN"] = token
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   pending_article = articles[math.random(#articles)]
   pending_type = types[math.random(#types)]
   pending = pending_article .. " " .. pending_type
   return wrk.format("PUT", "/api/v1/articles/" .. pending_article .. "/reaction", nil,
      '{"type":"' .. pending_type .. '"}')
end

function response(status, headers, body)
   if status == 200 then
      final[pending_article] = pending_type
      answered = answered + 1
   else
      refused = refused + 1
   end
   pending = ""
end

function done(summary, latency, requests)
   report(summary, latency, function(threads)
      local out = {}
      for i, thread in ipairs(threads) do
         out[i] = { reader = thread:get("id"), answered = thread:get("answered"), refused = thread:get("refused"),
                    pending = thread:get("pending"), final = thread:get("final") }
      end
      return out
   end)
end
