-- Neovim 0.11's native configuration: with the plugin on 'runtimepath' and no setup() call,
-- vim.lsp.enable("hubls") starts the binary a plugin manager's build step installed into <plugin>/bin
-- (lsp/hubls.lua), settings reach the server, other tools' diagnostics are forwarded, hover explains
-- them, and :checkhealth hubls names that binary and its version.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

H.run("vim.lsp.enable('hubls')", function()
  local hubls = require("hubls")
  H.check(not hubls._did_setup, "setup() ran")

  -- What the lazy.nvim build step (`cargo install --path . --root editors/nvim`) leaves behind.
  local built = os.getenv("HUBLS_PLUGIN_BUILD")
  H.check(built and vim.fn.executable(built .. "/bin/hubls") == 1, "no built binary under $HUBLS_PLUGIN_BUILD=%s",
    tostring(built))
  hubls.plugin_dir = built
  local binary = built .. "/bin/hubls"

  local config = vim.lsp.config.hubls
  H.check(config, "vim.lsp.config.hubls is nil: lsp/hubls.lua was not found on 'runtimepath'")
  H.check(config.cmd[1] == binary and config.cmd[2] == "--stdio", "cmd %s, expected the built binary %s",
    vim.inspect(config.cmd), binary)

  -- A user's override merges with lsp/hubls.lua.
  local kb = H.tmp .. "/kb"
  vim.fn.mkdir(kb, "p")
  vim.lsp.config("hubls", { settings = { hubls = { corpus = { kb }, completionLimit = 7 } } })
  local sent_init
  local before_init = vim.lsp.config.hubls.before_init
  vim.lsp.config("hubls", {
    before_init = function(params, cfg)
      before_init(params, cfg)
      sent_init = params.initializationOptions
    end,
  })
  vim.lsp.enable("hubls")

  local bufnr = H.edit("worker.log.txt", "worker 3 crashed: KeyError: 'retries'\nall good")
  H.check(vim.bo[bufnr].filetype == "text", "filetype %q", vim.bo[bufnr].filetype)
  local client = H.client(bufnr)
  H.check(client.config.cmd[1] == binary, "client started %s", vim.inspect(client.config.cmd))
  H.check(sent_init and sent_init.completionLimit == 7 and sent_init.corpus[1] == kb .. "/",
    "initializationOptions %s", vim.inspect(sent_init))
  H.check(client.settings.hubls.completionLimit == 7, "settings %s", vim.inspect(client.settings))

  -- The server's own scan and hover.
  local ns = vim.lsp.diagnostic.get_namespace(client.id, false)
  H.wait(15000, function() return #vim.diagnostic.get(bufnr, { namespace = ns }) > 0 end,
    "an own diagnostic on the KeyError line")
  local hover = H.request(client, bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 0, character = 22 } })
  H.contains(hover and hover.contents and hover.contents.value, "python/key-error", "hover")

  -- Forwarding works without setup(): plugin/hubls.lua installed it at startup.
  local sent = {}
  local notify = client.notify
  client.notify = function(...)
    local args = { ... }
    local method, params = args[1], args[2]
    if type(method) ~= "string" then method, params = args[2], args[3] end
    if method == hubls.FOREIGN then table.insert(sent, params) end
    return notify(...)
  end
  local lint = vim.api.nvim_create_namespace("test-linter")
  vim.diagnostic.set(lint, bufnr, { {
    lnum = 1, col = 0, end_lnum = 1, end_col = 8, severity = vim.diagnostic.severity.ERROR,
    message = "TypeError: Cannot read properties of undefined (reading 'map')", source = "node",
  } })
  H.wait(5000, function() return #sent > 0 and #sent[#sent].diagnostics == 1 end, "the forwarded diagnostic")
  hover = H.request(client, bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 3 } })
  H.contains(hover and hover.contents and hover.contents.value, "Root cause", "hover on the forwarded diagnostic")

  -- A log has no filetype, so vim.lsp.enable alone would never start a client for it; the plugin does,
  -- with the same client (same root).
  local log = H.edit("worker.log", "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nKeyError: 'port'")
  H.check(vim.bo[log].filetype == "", "worker.log got filetype %q", vim.bo[log].filetype)
  local log_client = H.client(log)
  H.check(log_client.id == client.id, "a second client started for the log")
  H.wait(15000, function() return #vim.diagnostic.get(log, { namespace = ns }) > 0 end, "an own diagnostic in the log")

  -- :checkhealth names the binary the running client uses and its version.
  local version = vim.trim(vim.fn.system({ binary, "--version" }))
  H.check(version:match("^hubls %d+%.%d+%.%d+"), "`hubls --version` printed %q", version)
  vim.cmd("checkhealth hubls")
  local text = H.buffer_text(vim.api.nvim_get_current_buf())
  H.contains(text, 'started by vim.lsp.enable("hubls")', "checkhealth")
  H.contains(text, "server binary: " .. binary .. " (from running client)", "checkhealth")
  H.contains(text, "version: " .. version, "checkhealth")
  H.check(not text:find("ERROR"), "checkhealth reports an error:\n%s", text)
  H.check(not text:find("WARNING"), "checkhealth warns:\n%s", text)
end)
