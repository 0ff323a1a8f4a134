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
  if not hubls._did_setup then
    health.warn('setup() has not been called: add require("hubls").setup({}) to your config')
  end
  local cmd = hubls.config.cmd
  if type(cmd) == "string" then
    cmd = { cmd }
  end
  local binary = cmd[1]
  local path = vim.fn.exepath(binary)
  if path == "" then
    health.error("server binary not found: " .. binary, {
      "Build it with `cargo build --release` and put target/release/hubls on PATH",
      'or set require("hubls").setup({ cmd = { "/path/to/hubls", "--stdio" } })',
    })
    return
  end
  health.ok("server binary: " .. path)

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
