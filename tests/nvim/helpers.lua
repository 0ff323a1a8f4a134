-- Shared set-up of the headless Neovim tests: loads the plugin from editors/nvim, starts hubls from
-- $HUBLS_BIN, and on failure prints the reason, :messages and the LSP log, then exits non-zero.
local H = {}

H.repo = assert(os.getenv("HUBLS_REPO"), "HUBLS_REPO is not set (run tests/nvim/run.sh)")
H.bin = assert(os.getenv("HUBLS_BIN"), "HUBLS_BIN is not set (run tests/nvim/run.sh)")
H.tmp = vim.fn.tempname()
vim.fn.mkdir(H.tmp, "p")

vim.opt.runtimepath:prepend(H.repo .. "/editors/nvim")
vim.cmd("filetype on")
vim.cmd("runtime plugin/hubls.lua")
assert(vim.fn.exists(":HubsSearch") == 2, "plugin/hubls.lua did not define :HubsSearch")
vim.o.swapfile = false
vim.o.shortmess = vim.o.shortmess .. "F"
vim.lsp.set_log_level("debug")

local function out(text)
  io.stderr:write(text .. "\n")
end
H.out = out

function H.fail(message)
  out("FAIL: " .. message)
  out("---- :messages ----")
  local ok, messages = pcall(vim.fn.execute, "messages")
  out(ok and messages or "(unavailable)")
  local log = vim.lsp.get_log_path()
  out("---- LSP log (" .. log .. ", last 120 lines) ----")
  local lines = vim.fn.filereadable(log) == 1 and vim.fn.readfile(log) or {}
  for i = math.max(1, #lines - 119), #lines do
    out(lines[i])
  end
  vim.cmd("cquit 1")
end

function H.check(condition, message, ...)
  if not condition then
    error({ hubls_failure = string.format(message, ...) }, 0)
  end
  return condition
end

function H.wait(ms, condition, what)
  local ok = vim.wait(ms, condition, 20)
  H.check(ok, "timed out after %d ms waiting for %s", ms, what)
end

--- Writes `text` to a file in the test's temp dir and edits it; returns the buffer.
function H.edit(name, text)
  local path = H.tmp .. "/" .. name
  vim.fn.writefile(vim.split(text, "\n", { plain = true }), path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  return vim.api.nvim_get_current_buf(), path
end

function H.setup(opts)
  local hubls = require("hubls")
  hubls.setup(vim.tbl_extend("force", { cmd = { H.bin, "--stdio" } }, opts or {}))
  return hubls
end

--- Waits until a hubls client is attached to `bufnr` and initialized; returns it.
function H.client(bufnr)
  local client
  H.wait(10000, function()
    client = vim.lsp.get_clients({ name = "hubls", bufnr = bufnr })[1]
    return client ~= nil and client.initialized == true
  end, "the hubls client to attach and initialize")
  return client
end

--- A synchronous request to the hubls client; fails the test on error.
function H.request(client, bufnr, method, params, timeout)
  local response, err
  if vim.fn.has("nvim-0.11") == 1 then
    response, err = client:request_sync(method, params, timeout or 10000, bufnr)
  else
    response, err = client.request_sync(method, params, timeout or 10000, bufnr)
  end
  H.check(response, "%s: no response (%s)", method, tostring(err))
  H.check(not response.err, "%s failed: %s", method, vim.inspect(response.err))
  return response.result
end

function H.buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
end

function H.contains(haystack, needle, what)
  H.check(type(haystack) == "string" and haystack:find(needle, 1, true),
    "%s: expected to contain %q, got:\n%s", what, needle, tostring(haystack))
end

--- Runs the test body; exits 0 on success, non-zero with diagnostics on failure.
function H.run(name, body)
  local ok, err = xpcall(body, function(e)
    if type(e) == "table" and e.hubls_failure then
      return e.hubls_failure
    end
    return debug.traceback(tostring(e), 2)
  end)
  if not ok then
    H.fail(name .. ": " .. tostring(err))
    return
  end
  for _, client in ipairs(vim.lsp.get_clients()) do
    if vim.fn.has("nvim-0.11") == 1 then client:stop(true) else client.stop(true) end
  end
  vim.cmd("qall!")
end

return H
