-- Shared by the benchmark's wrk scripts: reading a list file, a tiny JSON writer, and the done() report that the
-- harness (bench/bench.py) reads from the line starting with BENCH_JSON.

function read_lines(path)
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then lines[#lines + 1] = line end
   end
   if #lines == 0 then error("empty list: " .. path) end
   return lines
end

local function json(value)
   local kind = type(value)
   if kind == "table" then
      if #value > 0 or next(value) == nil then
         local items = {}
         for i, item in ipairs(value) do items[i] = json(item) end
         return "[" .. table.concat(items, ",") .. "]"
      end
      local fields = {}
      for key, item in pairs(value) do
         fields[#fields + 1] = json(tostring(key)) .. ":" .. json(item)
      end
      return "{" .. table.concat(fields, ",") .. "}"
   elseif kind == "string" then
      return '"' .. value:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
   elseif kind == "number" then
      return string.format("%.17g", value)
   elseif kind == "boolean" then
      return tostring(value)
   end
   return "null"
end

-- Threads register here so that done() can collect what each one counted (wrk copies tables between states).
threads = {}

function register(thread)
   thread:set("id", #threads + 1)
   threads[#threads + 1] = thread
end

-- extra(threads) may add what a script counted per thread.
function report(summary, latency, extra)
   local out = {
      requests = summary.requests,
      duration_us = summary.duration,
      bytes = summary.bytes,
      errors = summary.errors,
      latency_us = {
         mean = latency.mean, max = latency.max,
         p50 = latency:percentile(50), p90 = latency:percentile(90), p95 = latency:percentile(95),
         p99 = latency:percentile(99), p999 = latency:percentile(99.9),
      },
   }
   if extra then out.threads = extra(threads) end
   io.write("BENCH_JSON " .. json(out) .. "\n")
end
