-- The chain a user has: a real second language server (typescript-language-server with TypeScript,
-- from npm) publishes a real diagnostic on a .ts file; the plugin forwards it to hubls
-- (hubls/didChangeForeignDiagnostics); hover on it explains it, and the quick fix edits the buffer.
-- Both servers are started the Neovim 0.11 way, vim.lsp.enable.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

local SOURCE = table.concat({
  "interface Address { city: string }",
  "interface User { name: string; address?: Address }",
  "",
  "export function city(user: User): string {",
  "  return user.address.city;",
  "}",
}, "\n")

H.run("typescript-language-server diagnostic forwarded and explained", function()
  local tsls = os.getenv("HUBLS_TSLS")
  H.check(tsls and vim.fn.executable(tsls) == 1, "typescript-language-server not found at $HUBLS_TSLS=%s", tostring(tsls))
  local hubls = require("hubls")

  vim.fn.writefile({ '{ "compilerOptions": { "strict": true, "target": "ES2022", "noEmit": true } }' },
    H.tmp .. "/tsconfig.json")
  vim.lsp.config("ts_ls", {
    cmd = { tsls, "--stdio" },
    filetypes = { "typescript" },
    root_markers = { "tsconfig.json" },
    init_options = { hostInfo = "hubls-test" },
  })
  vim.lsp.config("hubls", { cmd = { H.bin, "--stdio" } })
  vim.lsp.enable({ "ts_ls", "hubls" })

  local bufnr = H.edit("user.ts", SOURCE)
  H.check(vim.bo[bufnr].filetype == "typescript", "filetype %q", vim.bo[bufnr].filetype)
  local client = H.client(bufnr)

  -- What the plugin sends to hubls.
  local sent = {}
  local notify = client.notify
  client.notify = function(...)
    local args = { ... }
    local method, params = args[1], args[2]
    if type(method) ~= "string" then method, params = args[2], args[3] end
    if method == hubls.FOREIGN then table.insert(sent, params) end
    return notify(...)
  end

  -- The TypeScript server's own diagnostic (tsserver type-checks the file after didOpen).
  local ts_diag
  H.wait(90000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if tostring(d.code) == "18048" then ts_diag = d end
    end
    return ts_diag ~= nil
  end, "typescript-language-server to publish TS18048")
  local ts_client = vim.lsp.get_clients({ name = "ts_ls", bufnr = bufnr })[1]
  H.check(ts_client and ts_diag.namespace == vim.lsp.diagnostic.get_namespace(ts_client.id, false),
    "the diagnostic does not come from ts_ls: %s", vim.inspect(ts_diag))
  H.contains(ts_diag.message, "'user.address' is possibly 'undefined'", "TypeScript's message")
  H.check(ts_diag.lnum == 4, "TS18048 on line %d", ts_diag.lnum)

  -- Forwarded as it is, in the negotiated encoding.
  local forwarded
  H.wait(5000, function()
    for _, params in ipairs(sent) do
      for _, d in ipairs(params.diagnostics) do
        if tostring(d.code) == "18048" then forwarded = d end
      end
    end
    return forwarded ~= nil
  end, "the plugin to forward TS18048 to hubls")
  H.check(forwarded.source == ts_diag.source and forwarded.message == ts_diag.message,
    "forwarded %s", vim.inspect(forwarded))
  H.check(forwarded.range.start.line == 4 and forwarded.range.start.character == 9,
    "forwarded range %s", vim.inspect(forwarded.range))

  -- hubls explains it on hover, with the captured expression filled in.
  local hover = H.request(client, bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 4, character = 18 } })
  local text = hover and hover.contents and hover.contents.value or ""
  H.contains(text, "typescript/possibly-undefined", "hover")
  H.contains(text, "Root cause", "hover")
  H.contains(text, "`user.address`", "hover")

  -- The user's code action (cursor on the diagnostic) applies the optional-chaining fix.
  vim.api.nvim_win_set_cursor(0, { 5, 18 })
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      if item.edit and item.title:find("?.", 1, true) then return on_choice(item) end
    end
    H.out("offered: " .. vim.inspect(vim.tbl_map(function(i) return i.title end, items)))
    on_choice(nil)
  end
  hubls.code_action()
  H.wait(5000, function()
    return vim.api.nvim_buf_get_lines(bufnr, 4, 5, false)[1] == "  return user.address?.city;"
  end, "the optional-chaining fix to change the buffer")
  H.check(not vim.fn.execute("messages"):find("setting ignored", 1, true), "hubls rejected a setting:\n%s",
    vim.fn.execute("messages"))
  -- And TypeScript agrees: the diagnostic goes away.
  H.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if tostring(d.code) == "18048" then return false end
    end
    return true
  end, "TS18048 to disappear after the fix")
end)
