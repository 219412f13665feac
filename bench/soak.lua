-- One route of bench/soak's mix, chosen by the argument after `--`; counts the statuses it gets.
local routes = {
  token = { method = "GET", path = "/token?identity=soak" },
  ["echo-form"] = {
    method = "POST", path = "/echo?from=query",
    headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "session=abc; theme=dark" },
    body = "Body=hello+soak&To=%2B15005550006&list=1&list=2",
  },
  ["echo-json"] = {
    method = "POST", path = "/echo",
    headers = { ["Content-Type"] = "application/json" },
    body = '{"identity":"soak","nested":{"list":[1,2.5,true,null],"text":"caf\\u00e9"}}',
  },
  ["live-access-token"] = { method = "GET", path = "/live-access-token" },
  ["not-found"] = { method = "GET", path = "/no-such-function" },
  preflight = {
    method = "OPTIONS", path = "/token",
    headers = { ["Origin"] = "http://example.com", ["Access-Control-Request-Method"] = "GET" },
  },
}

local threads = {}
function setup(thread) table.insert(threads, thread) end

local request_bytes
-- A global, so done() can read each thread's table with thread:get.
counts = {}

function init(args)
  local route = routes[args[1]]
  if not route then error("unknown route " .. tostring(args[1])) end
  request_bytes = wrk.format(route.method, route.path, route.headers or {}, route.body)
end

function request() return request_bytes end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d %d\n", status, count)) end
  local e = summary.errors
  io.write(string.format("errors %d %d %d %d %d\n", e.connect, e.read, e.write, e.status, e.timeout))
  io.write(string.format("requests %d %.0f\n", summary.requests, summary.duration))
end
