-- 3. A Python traceback in a .log file: hubls publishes its own diagnostic there; :HubsExplain shows it.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

local TRACEBACK = table.concat({
  "starting worker",
  "Traceback (most recent call last):",
  '  File "/srv/app.py", line 3, in <module>',
  '    print(settings["timeout"])',
  "KeyError: 'timeout'",
  "worker stopped",
}, "\n")

H.run("own diagnostic and :HubsExplain", function()
  local hubls = H.setup({ view = "split" })
  local bufnr = H.edit("worker.log", TRACEBACK)
  local client = H.client(bufnr)
  local ns = vim.lsp.diagnostic.get_namespace(client.id, false)

  local own
  H.wait(15000, function()
    own = vim.diagnostic.get(bufnr, { namespace = ns })
    return #own > 0
  end, "hubls to publish a diagnostic for the traceback")
  H.check(#own == 1, "expected one diagnostic, got %s", vim.inspect(own))
  local d = own[1]
  H.check(d.lnum == 4, "diagnostic on line %d, expected line 4 (0-based, the KeyError line)", d.lnum)
  H.check(d.source == "hubls" and d.code == "python/key-error", "diagnostic: %s", vim.inspect(d))
  H.check(d.severity == vim.diagnostic.severity.INFO, "severity %s", tostring(d.severity))
  H.check(hubls.is_own_namespace(ns), "the plugin does not recognise its own namespace")
  -- Nothing of ours travels back to the server.
  H.check(#hubls.foreign_diagnostics(bufnr, client.offset_encoding) == 0, "own diagnostics counted as foreign")

  vim.api.nvim_win_set_cursor(0, { 5, 3 })
  hubls.last_shown = nil
  vim.cmd("HubsExplain")
  H.wait(5000, function() return hubls.last_shown ~= nil end, ":HubsExplain to show an entry")
  local shown = hubls.last_shown
  H.check(shown.id == "python/key-error", "shown entry %s", tostring(shown.id))
  H.check(vim.api.nvim_buf_get_name(shown.buf) == "hubls://python/key-error", "shown buffer name %s",
    vim.api.nvim_buf_get_name(shown.buf))
  H.check(vim.bo[shown.buf].filetype == "markdown", "shown filetype %s", vim.bo[shown.buf].filetype)
  H.check(vim.api.nvim_get_current_buf() == shown.buf, "the entry window is not focused")
  local text = H.buffer_text(shown.buf)
  H.contains(text, "KeyError", "shown entry")
  H.contains(text, "Root cause", "shown entry")
  H.contains(text, "timeout", "shown entry (parameters filled in)")

  -- On a line without a diagnostic but with error text, :HubsExplain explains the line itself.
  vim.cmd("close")
  local other = H.edit("notes.txt", "worker 3 crashed: KeyError: 'retries'")
  H.client(other)
  vim.diagnostic.reset(nil, other)
  hubls.config.view = "float"
  hubls.last_shown = nil
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  vim.cmd("HubsExplain")
  H.wait(5000, function() return hubls.last_shown ~= nil end, ":HubsExplain on a plain line")
  H.check(hubls.last_shown.id == "python/key-error", "explained as %s", tostring(hubls.last_shown.id))
  H.check(vim.api.nvim_win_get_config(hubls.last_shown.win).relative ~= "", "view = float did not open a float")
  H.contains(H.buffer_text(hubls.last_shown.buf), "retries", "explained line")
end)
