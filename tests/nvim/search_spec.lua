-- 4. :HubsSearch finds an entry; picking it (vim.ui.select stubbed) shows it.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

H.run(":HubsSearch", function()
  local hubls = H.setup({ view = "split" })
  local bufnr = H.edit("main.py", "print('hello')")
  H.client(bufnr)

  local offered
  vim.ui.select = function(items, opts, on_choice)
    offered = vim.tbl_map(function(item) return opts.format_item(item) end, items)
    offered.raw = items
    on_choice(items[1])
  end
  hubls.last_shown = nil
  vim.cmd("HubsSearch KeyError timeout")
  H.wait(10000, function() return hubls.last_shown ~= nil end, ":HubsSearch to show the picked entry")
  H.check(offered and #offered > 0, "vim.ui.select got no items")
  H.check(offered.raw[1].id == "python/key-error", "first hit %s, items %s", offered.raw[1].id, vim.inspect(offered))
  H.contains(offered[1], "python/key-error", "picker line")
  local text = H.buffer_text(hubls.last_shown.buf)
  H.contains(text, "KeyError", "shown entry")
  H.contains(text, "Root cause", "shown entry")
  H.check(vim.bo[hubls.last_shown.buf].filetype == "markdown", "not a markdown buffer")

  -- Narrowed to notes, the lru_cache note is found.
  hubls.last_shown = nil
  hubls.search("lru_cache", { kind = "note" })
  H.wait(10000, function() return hubls.last_shown ~= nil end, "a note search")
  H.check(hubls.last_shown.id == "python/lru-cache", "note search showed %s", hubls.last_shown.id)
end)
