-- Each wrk thread is one signed-in reader (its line of BENCH_READERS) with one connection, writing comments on
-- its own article (the same line of BENCH_ARTICLES), so that the harness can check afterwards that each reader's
-- answered comments are stored exactly once and the article's counter agrees.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local articles = read_lines(os.getenv("BENCH_ARTICLES"))
local readers = read_lines(os.getenv("BENCH_READERS"))
local words = read_lines(os.getenv("BENCH_COMMENTS"))

answered = 0
refused = 0
sent = 0
pending = 0
local article

function setup(thread)
   register(thread)
end

function init(args)
   math.randomseed(os.time() + id * 7919)
   local session, token = readers[(id - 1) % #readers + 1]:match("^(%S+) (%S+)$")
   article = articles[(id - 1) % #articles + 1]
   wrk.headers["Cookie"] = "SESSION=" .. session .. "; XSRF-TOKEN=" .. token
   wrk.headers["X-XSRF-TOKEN"] = token
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   sent = sent + 1
   pending = sent
   return wrk.format("POST", "/api/v1/articles/" .. article .. "/comments", nil,
      '{"body":"' .. words[math.random(#words)] .. '"}')
end

function response(status, headers, body)
   if status == 201 then
      answered = answered + 1
   else
      refused = refused + 1
      if refused <= 3 then io.stderr:write("comment refused: " .. status .. " " .. body .. "\n") end
   end
   pending = 0
end

function done(summary, latency, requests)
   report(summary, latency, function(threads)
      local out = {}
      for i, thread in ipairs(threads) do
         out[i] = { reader = thread:get("id"), article = articles[(thread:get("id") - 1) % #articles + 1],
                    answered = thread:get("answered"), refused = thread:get("refused"),
                    sent = thread:get("sent"), pending = thread:get("pending") }
      end
      return out
   end)
end
