-- 1. A diagnostic of another namespace is forwarded; hover explains it; its quick fix edits the buffer.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

H.run("foreign diagnostic: forward, hover, code action", function()
  local hubls = H.setup({})
  local bufnr = H.edit("app.js", "const items = undefined;\nconst doubled = items.map((x) => x * 2);\nconsole.log(doubled);")
  H.check(vim.bo[bufnr].filetype == "javascript", "filetype is %q", vim.bo[bufnr].filetype)
  local client = H.client(bufnr)

  -- Byte columns convert to the negotiated encoding (é is 2 bytes, 1 UTF-16 unit; 😀 is 4 bytes, 2 units).
  local line = "aé😀b"
  H.check(hubls.byte_to_encoding(line, 7, "utf-8") == 7, "utf-8 column")
  H.check(hubls.byte_to_encoding(line, 7, "utf-16") == 4, "utf-16 column: %s", hubls.byte_to_encoding(line, 7, "utf-16"))
  H.check(hubls.byte_to_encoding(line, 7, "utf-32") == 3, "utf-32 column: %s", hubls.byte_to_encoding(line, 7, "utf-32"))
  H.check(hubls.byte_to_encoding(line, 2, "utf-16") == 1, "a column inside é rounds down to its start")
  H.check(hubls.byte_to_encoding(line, 99, "utf-16") == 5, "past the end clamps to the line length")

  -- Nothing explains line 2 before the linter reports (the text itself holds no error message).
  local before = H.request(client, bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 17 } })
  H.check(before == nil, "hover before any diagnostic should be empty, got %s", vim.inspect(before))

  -- Sent through the plugin: spy on what goes over the wire.
  local sent = {}
  local notify = client.notify
  local function spy(...)
    local args = { ... }
    local method, params = args[1], args[2]
    if type(method) ~= "string" then method, params = args[2], args[3] end
    if method == hubls.FOREIGN then table.insert(sent, params) end
    return notify(...)
  end
  client.notify = spy

  local ns = vim.api.nvim_create_namespace("test-linter")
  vim.diagnostic.set(ns, bufnr, { {
    lnum = 1, col = 16, end_lnum = 1, end_col = 25,
    severity = vim.diagnostic.severity.ERROR,
    message = "TypeError: Cannot read properties of undefined (reading 'map')",
    source = "node", code = "E_RUNTIME",
  } })

  H.wait(5000, function() return #sent > 0 end, "the plugin to send hubls/didChangeForeignDiagnostics")
  local forwarded = sent[#sent]
  H.check(forwarded.uri == vim.uri_from_bufnr(bufnr), "forwarded uri %s", tostring(forwarded.uri))
  H.check(#forwarded.diagnostics == 1, "forwarded %d diagnostics: %s", #forwarded.diagnostics, vim.inspect(forwarded))
  local d = forwarded.diagnostics[1]
  H.check(d.severity == 1 and d.source == "node" and d.code == "E_RUNTIME", "converted: %s", vim.inspect(d))
  H.check(d.range.start.line == 1 and d.range.start.character == 16 and d.range["end"].character == 25,
    "range: %s", vim.inspect(d.range))

  -- Hover at that range returns the root-cause entry.
  local hover = H.request(client, bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 20 } })
  H.check(hover and hover.contents, "no hover at the forwarded diagnostic")
  local text = hover.contents.value or ""
  H.contains(text, "react/state-read-before-loaded", "hover")
  H.contains(text, "Root cause", "hover")

  -- The server's own diagnostics are never forwarded back.
  H.wait(3000, function()
    return #vim.diagnostic.get(bufnr) >= 1
  end, "diagnostics")
  for _, params in ipairs(sent) do
    for _, fd in ipairs(params.diagnostics) do
      H.check(fd.source ~= "hubls", "an own diagnostic was forwarded: %s", vim.inspect(fd))
    end
  end

  -- A plain code action request with the diagnostic in its context returns the quick fix.
  local actions = H.request(client, bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = d.range,
    context = { diagnostics = { d } },
  })
  H.check(type(actions) == "table" and #actions > 0, "no code actions: %s", vim.inspect(actions))
  local fix
  for _, a in ipairs(actions) do
    if a.kind == "quickfix" and a.edit then fix = fix or a end
  end
  H.check(fix, "no quick fix with an edit among %s", vim.inspect(actions))
  H.contains(fix.title, "?? []", "quick fix title")

  -- Applying it the way a user does (the plugin's code action, cursor on the diagnostic).
  vim.api.nvim_win_set_cursor(0, { 2, 20 })
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    offered = items
    for _, item in ipairs(items) do
      if item.edit then return on_choice(item) end
    end
    on_choice(nil)
  end
  hubls.code_action()
  local expected = "const items = undefined;\nconst doubled = (items ?? []).map((x) => x * 2);\nconsole.log(doubled);"
  H.wait(5000, function() return H.buffer_text(bufnr) == expected end,
    "the quick fix to change the buffer")
  H.check(#offered >= 2, "expected the fix and the Knowledge Hub action, got %s", vim.inspect(offered))
end)
