--- :checkhealth hubls
local M = {}

local health = vim.health

local function run(cmd)
  local ok, result = pcall(function()
    return vim.system(cmd, { text = true }):wait(10000)
  end)
  if not ok then
    return nil, tostring(result)
  end
  if result.code ~= 0 then
    return nil, (result.stderr ~= "" and result.stderr or ("exit code " .. tostring(result.code)))
  end
  return result.stdout
end

function M.check()
  health.start("hubls")
  if vim.fn.has("nvim-0.10") ~= 1 then
    health.error("Neovim 0.10 or newer is required")
  else
    health.ok("Neovim " .. tostring(vim.version()))
  end

  local hubls = require("hubls")
  local enabled = vim.lsp.is_enabled and vim.lsp.is_enabled(hubls.name)
  if hubls._did_setup then
    health.ok('started by require("hubls").setup()')
  elseif enabled then
    health.ok('started by vim.lsp.enable("hubls") (lsp/hubls.lua)')
  else
    health.warn("hubls is not set up", {
      'Neovim 0.11+: vim.lsp.enable("hubls")',
      'or require("hubls").setup({})',
    })
  end

  -- The command a running client was started with, else the one the next start would use.
  local cmd, from
  for _, client in ipairs((vim.lsp.get_clients or vim.lsp.get_active_clients)({ name = hubls.name })) do
    if type(client.config.cmd) == "table" then
      cmd, from = client.config.cmd, "running client"
      break
    end
  end
  if not cmd and not hubls._did_setup and enabled then
    local config = vim.lsp.config[hubls.name]
    if config and type(config.cmd) == "table" then
      cmd, from = config.cmd, 'vim.lsp.config("hubls")'
    end
  end
  if not cmd then
    cmd, from = hubls.cmd(), 'require("hubls").config.cmd'
  end
  local binary = cmd[1]
  local path = vim.fn.exepath(binary)
  if path == "" then
    health.error("server binary not found: " .. binary .. " (from " .. from .. ")", {
      "Install it: `cargo install --locked hubls`, or `pip install hubls`",
      "or, with lazy.nvim, the plugin spec's build step (see editors/nvim/README.md)",
      'or set the full path: vim.lsp.config("hubls", { cmd = { "/path/to/hubls", "--stdio" } })'
        .. ' or require("hubls").setup({ cmd = { "/path/to/hubls", "--stdio" } })',
    })
    return
  end
  health.ok("server binary: " .. path .. " (from " .. from .. ")")

  local version, err = run({ path, "--version" })
  if version then
    health.ok("version: " .. vim.trim(version))
  else
    health.error("`" .. binary .. " --version` failed: " .. tostring(err))
  end

  local stats_cmd = { path, "corpus", "stats", "--json" }
  for _, dir in ipairs(hubls.config.corpus or {}) do
    table.insert(stats_cmd, "--corpus")
    table.insert(stats_cmd, vim.fn.expand(dir))
  end
  local stats, stats_err = run(stats_cmd)
  if not stats and #stats_cmd > 4 then
    stats_cmd = { path, "corpus", "stats", "--json" }
    stats, stats_err = run(stats_cmd)
  end
  if not stats then
    health.error("`hubls corpus stats --json` failed: " .. tostring(stats_err))
  else
    local ok, decoded = pcall(vim.json.decode, stats)
    if ok and type(decoded) == "table" and type(decoded.kinds) == "table" then
      local parts, total = {}, 0
      local names = vim.tbl_keys(decoded.kinds)
      table.sort(names)
      for _, kind in ipairs(names) do
        table.insert(parts, kind .. ": " .. tostring(decoded.kinds[kind]))
        total = total + (tonumber(decoded.kinds[kind]) or 0)
      end
      if total > 0 then
        health.ok(string.format("corpus: %d entries (%s)", total, table.concat(parts, ", ")))
      else
        health.warn("corpus is empty")
      end
    else
      health.warn("unexpected output of `hubls corpus stats --json`: " .. vim.trim(stats):sub(1, 200))
    end
  end

  local fts = hubls.config.filetypes
  health.info("filetypes: " .. (fts and table.concat(fts, ", ") or "all normal file buffers"))
  if #(hubls.config.corpus or {}) > 0 then
    health.info("extra corpus directories: " .. table.concat(hubls.config.corpus, ", "))
  end
  local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ name = hubls.name })
  if #clients == 0 then
    health.info("no hubls client is running")
  end
  for _, client in ipairs(clients) do
    health.ok(string.format("client %d running, root %s, encoding %s, %d buffer(s)", client.id,
      tostring(client.root_dir or client.config.root_dir), tostring(client.offset_encoding),
      vim.tbl_count(client.attached_buffers or {})))
  end
end

return M
