-- 2. In a PHP buffer, completion at a snippet prefix returns it with placeholders; vim.snippet.expand inserts its text.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

--- The snippet under test: the PDO singleton, completed in a PHP buffer.
local function subject()
  return {
    id = "pdo/pdo-singleton",
    path = H.repo .. "/corpus/snippets/pdo/pdo-singleton.md",
    file = "Database.php",
    lead = "<?php\n",
    must = { "final class Database", "private static ?PDO $pdo = null;", "getenv('DB_HOST') ?: '127.0.0.1'",
      "PDO::ATTR_ERRMODE            => PDO::ERRMODE_EXCEPTION" },
  }
end

--- First prefix and code body of a snippet entry file, and the text its expansion must produce
--- (placeholders replaced by their defaults, tab stops by nothing).
local function read_entry(path)
  local text = table.concat(vim.fn.readfile(path), "\n")
  local prefix = text:match('prefix%s*=%s*%[%s*"([^"]+)"') or text:match('prefix%s*=%s*"([^"]+)"')
  local body = text:match("\n```[%w_+-]*\n(.-)\n```")
  H.check(prefix and body, "cannot read prefix and body of %s", path)
  local expected = body
  for _ = 1, 5 do -- nested placeholders
    expected = expected:gsub("%${%d+:([^{}]*)}", "%1")
  end
  expected = expected:gsub("%${%d+}", ""):gsub("%$%d+", "")
  -- Escapes: \$ \} \\ stand for the character itself.
  expected = expected:gsub("\\([%$}\\])", "%1")
  return prefix, body, expected
end

H.run("snippet completion and expansion", function()
  local s = subject()
  local prefix, _, expected = read_entry(s.path)
  H.out("snippet " .. s.id .. ", prefix " .. prefix)
  H.setup({})
  local typed = prefix:sub(1, math.max(2, #prefix - 1))
  local lead_lines = s.lead == "" and 0 or #vim.split(s.lead, "\n", { plain = true }) - 1
  local bufnr = H.edit(s.file, s.lead .. typed)
  local client = H.client(bufnr)

  local line = lead_lines
  local result = H.request(client, bufnr, "textDocument/completion", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = line, character = #typed },
  })
  local items = result and (result.items or result) or {}
  local item
  for _, candidate in ipairs(items) do
    if candidate.data and candidate.data.id == s.id then item = candidate end
  end
  H.check(item, "completion for %q did not offer %s; got %s", typed, s.id,
    vim.inspect(vim.tbl_map(function(i) return i.label end, items)))
  H.check(item.kind == 15, "item kind %s (expected Snippet = 15)", tostring(item.kind))
  H.check(item.insertTextFormat == 2, "insertTextFormat %s (expected Snippet = 2)", tostring(item.insertTextFormat))
  local edit = item.textEdit
  H.check(edit and edit.newText:find("${1:", 1, true), "the snippet has no placeholders: %s", vim.inspect(item))
  H.check(edit.range.start.line == line and edit.range.start.character == 0
    and edit.range["end"].character == #typed, "the edit does not replace the typed word: %s", vim.inspect(edit.range))
  H.check(item.label == prefix, "label %q, expected %q", tostring(item.label), prefix)

  local resolved = H.request(client, bufnr, "completionItem/resolve", item)
  H.contains(resolved.documentation and resolved.documentation.value, s.id, "resolved documentation")

  -- Expand as a completion engine does: remove the typed word, expand the snippet at the cursor.
  vim.api.nvim_buf_set_text(bufnr, line, edit.range.start.character, line, edit.range["end"].character, { "" })
  vim.api.nvim_win_set_cursor(0, { line + 1, edit.range.start.character })
  vim.snippet.expand(edit.newText)
  H.check(vim.snippet.active(), "vim.snippet is not active after expanding")
  local got = H.buffer_text(bufnr)
  local want = s.lead .. expected
  if got ~= want then
    H.check(false, "expanded text differs.\n--- expected ---\n%s\n--- got ---\n%s", want, got)
  end
  for _, text in ipairs(s.must) do
    H.contains(got, text, "expanded text")
  end
  H.check(not got:find("${", 1, true) and not got:find("\\$", 1, true), "placeholders or escapes left in:\n%s", got)
  H.check(vim.bo[bufnr].filetype == "php", "filetype %s", vim.bo[bufnr].filetype)
  -- The tab stops are live: the next one is the host placeholder.
  H.check(vim.snippet.active({ direction = 1 }), "no next tab stop")
  vim.snippet.jump(1)
  local row = vim.api.nvim_win_get_cursor(0)[1]
  local at = vim.api.nvim_buf_get_lines(bufnr, row - 1, row, false)[1]
  H.contains(at, "127.0.0.1", "the line of the second tab stop")
  vim.snippet.stop()
end)
