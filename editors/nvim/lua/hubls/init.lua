--- hubls for Neovim: starts the Knowledge Hub language server, forwards other tools' diagnostics to it,
--- and adds :HubsSearch / :HubsExplain. Supported: Neovim 0.10 and newer.
local M = {}

local has_011 = vim.fn.has("nvim-0.11") == 1

--- The client name; also the marker used to recognise our own diagnostic namespaces.
M.name = "hubls"
M.FOREIGN = "hubls/didChangeForeignDiagnostics"

local defaults = {
  cmd = { "hubls", "--stdio" },
  --- nil: every normal file buffer; or a list of filetypes.
  filetypes = nil,
  --- Extra corpus directories.
  corpus = {},
  scan = true,
  --- true/false or { enable = bool, limit = n }.
  completion = true,
  completion_limit = nil,
  root_markers = { ".git", ".hg", ".svn" },
  --- Milliseconds to wait after the last DiagnosticChanged before forwarding.
  debounce = 200,
  --- How :HubsSearch and :HubsExplain show an entry: "float", "split", "vsplit" or "tab".
  view = "float",
  --- Called as on_attach(client, bufnr), e.g. to set keymaps.
  on_attach = nil,
  --- Passed to vim.lsp.start as config.capabilities (merged with Neovim's defaults).
  capabilities = nil,
  --- Start the server automatically for matching buffers.
  autostart = true,
}

M.config = vim.deepcopy(defaults)

local group = nil

-- Helpers -------------------------------------------------------------------------------------------

local function notify(msg, level)
  vim.notify("hubls: " .. msg, level or vim.log.levels.INFO)
end

local function client_request(client, method, params, handler, bufnr)
  if has_011 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

local function client_notify(client, method, params)
  if has_011 then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

local function get_clients(filter)
  return (vim.lsp.get_clients or vim.lsp.get_active_clients)(filter)
end

--- The hubls client attached to `bufnr` (or any hubls client when none is attached there).
function M.client(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local attached = get_clients({ name = M.name, bufnr = bufnr })
  if attached[1] then
    return attached[1], true
  end
  local any = get_clients({ name = M.name })
  return any[1], false
end

--- The settings object the server reads (initializationOptions and didChangeConfiguration).
function M.settings()
  local c = M.config
  local settings = { corpus = c.corpus or {}, scan = c.scan ~= false, completion = c.completion }
  if c.completion == nil then
    settings.completion = true
  end
  if c.completion_limit then
    settings.completionLimit = c.completion_limit
  end
  -- Expand ~ and make relative paths absolute, the server runs elsewhere.
  local dirs = {}
  for _, dir in ipairs(settings.corpus) do
    table.insert(dirs, vim.fn.fnamemodify(vim.fn.expand(dir), ":p"))
  end
  -- An empty Lua table would encode as a JSON object: leave the key out instead.
  settings.corpus = #dirs > 0 and dirs or nil
  return settings
end

-- Position conversion ---------------------------------------------------------------------------------

--- Byte column `col` of `line` as a character index in `encoding` ("utf-8", "utf-16", "utf-32").
function M.byte_to_encoding(line, col, encoding)
  if not line then
    return col
  end
  col = math.max(0, math.min(col, #line))
  if encoding == "utf-8" or encoding == nil then
    return col
  end
  -- Never split a multi-byte character: round down to its start.
  while col > 0 and col < #line and bit.band(line:byte(col + 1), 0xC0) == 0x80 do
    col = col - 1
  end
  if has_011 then
    return vim.str_utfindex(line, encoding, col, false)
  end
  local utf32, utf16 = vim.str_utfindex(line, col)
  return encoding == "utf-32" and utf32 or utf16
end

local function line_of(bufnr, lnum)
  if lnum < 0 or lnum >= vim.api.nvim_buf_line_count(bufnr) then
    return nil
  end
  return vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
end

--- A vim.diagnostic item (0-based lnum/col, byte columns) as an LSP Diagnostic in `encoding`.
function M.to_lsp_diagnostic(bufnr, d, encoding)
  local lnum = d.lnum or 0
  local end_lnum = d.end_lnum or lnum
  local col = d.col or 0
  local end_col = d.end_col or col
  if end_lnum < lnum or (end_lnum == lnum and end_col < col) then
    end_lnum, end_col = lnum, col
  end
  local out = {
    range = {
      start = { line = lnum, character = M.byte_to_encoding(line_of(bufnr, lnum), col, encoding) },
      ["end"] = { line = end_lnum, character = M.byte_to_encoding(line_of(bufnr, end_lnum), end_col, encoding) },
    },
    severity = d.severity or vim.diagnostic.severity.ERROR,
    message = d.message or "",
  }
  if d.source ~= nil then
    out.source = tostring(d.source)
  end
  if type(d.code) == "number" or type(d.code) == "string" then
    out.code = d.code
  end
  return out
end

-- Own namespaces ------------------------------------------------------------------------------------

--- True when namespace `ns` holds diagnostics of a hubls client (push or pull, any client id).
function M.is_own_namespace(ns)
  for _, client in ipairs(get_clients({ name = M.name })) do
    if vim.lsp.diagnostic.get_namespace(client.id, false) == ns then
      return true
    end
    local ok, pull = pcall(vim.lsp.diagnostic.get_namespace, client.id, true)
    if ok and pull == ns then
      return true
    end
  end
  local info = vim.diagnostic.get_namespaces()[ns]
  local name = info and info.name or ""
  return name:find("^vim%.lsp%." .. M.name .. "%.") ~= nil
end

--- The diagnostics of `bufnr` from every namespace but hubls's own, as LSP Diagnostics.
function M.foreign_diagnostics(bufnr, encoding)
  local out = {}
  local own = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if own[d.namespace] == nil then
      own[d.namespace] = M.is_own_namespace(d.namespace)
    end
    if not own[d.namespace] and d.source ~= M.name then
      table.insert(out, M.to_lsp_diagnostic(bufnr, d, encoding))
    end
  end
  return out
end

-- Forwarding ------------------------------------------------------------------------------------------

local timers = {}
local last_sent = {}

--- Sends the buffer's foreign diagnostics to every hubls client attached to it, unless unchanged.
function M.forward(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return
  end
  local uri = vim.uri_from_bufnr(bufnr)
  for _, client in ipairs(get_clients({ name = M.name, bufnr = bufnr })) do
    local diagnostics = M.foreign_diagnostics(bufnr, client.offset_encoding or "utf-16")
    local params = { uri = uri, diagnostics = diagnostics }
    local key = client.id .. ":" .. bufnr
    local encoded = vim.json.encode(params)
    if last_sent[key] ~= encoded then
      last_sent[key] = encoded
      client_notify(client, M.FOREIGN, params)
    end
  end
end

--- Forwards after `config.debounce` ms without further changes in that buffer.
function M.schedule_forward(bufnr)
  local timer = timers[bufnr]
  if not timer then
    timer = (vim.uv or vim.loop).new_timer()
    timers[bufnr] = timer
  end
  timer:stop()
  timer:start(M.config.debounce, 0, vim.schedule_wrap(function()
    M.forward(bufnr)
  end))
end

local function forget_buffer(bufnr)
  if timers[bufnr] then
    timers[bufnr]:stop()
    timers[bufnr]:close()
    timers[bufnr] = nil
  end
  for key in pairs(last_sent) do
    if key:match(":" .. bufnr .. "$") then
      last_sent[key] = nil
    end
  end
end

-- Starting the server ---------------------------------------------------------------------------------

--- Whether hubls should run for `bufnr`.
function M.wants(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= "" then
    return false
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" or name:match("^%a[%w+.-]*://") then
    return false
  end
  local fts = M.config.filetypes
  if fts == nil or fts == "*" then
    return true
  end
  return vim.tbl_contains(fts, vim.bo[bufnr].filetype)
end

function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = vim.fs.root and vim.fs.root(bufnr, M.config.root_markers) or nil
  if root then
    return root
  end
  local cwd = vim.fn.getcwd()
  local dir = vim.fs.dirname(name)
  if dir and (dir == cwd or vim.startswith(dir, cwd .. "/")) then
    return cwd
  end
  return dir or cwd
end

--- The plugin's directory (editors/nvim), where a plugin manager's build step installs the server
--- (`cargo install --path . --root editors/nvim` puts it at editors/nvim/bin/hubls).
M.plugin_dir = vim.fn.fnamemodify(debug.getinfo(1, "S").source:gsub("^@", ""), ":p:h:h:h")

--- The server binary used when `cmd` names plain "hubls": the one the plugin manager built into
--- <plugin>/bin, else `hubls` on PATH (cargo install, pip install, Mason), else "hubls".
function M.binary()
  local exe = vim.fn.has("win32") == 1 and "hubls.exe" or "hubls"
  local built = M.plugin_dir .. "/bin/" .. exe
  if vim.fn.executable(built) == 1 then
    return built
  end
  local on_path = vim.fn.exepath("hubls")
  if on_path ~= "" then
    return on_path
  end
  return "hubls"
end

--- The command line that starts the server (M.config.cmd with "hubls" resolved by M.binary()).
function M.cmd()
  local cmd = M.config.cmd
  if type(cmd) == "string" then
    cmd = { cmd, "--stdio" }
  end
  cmd = vim.deepcopy(cmd)
  if cmd[1] == "hubls" then
    cmd[1] = M.binary()
  end
  return cmd
end
local cmd_list = M.cmd

function M.start(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not M.wants(bufnr) then
    return nil
  end
  local cmd = cmd_list()
  if vim.fn.executable(cmd[1]) ~= 1 then
    if not M._warned then
      M._warned = true
      notify("server not found: " .. cmd[1] .. " (install it with `cargo install --locked hubls` or"
        .. " `pip install hubls`, or set `cmd` in require('hubls').setup; see :checkhealth hubls)", vim.log.levels.WARN)
    end
    return nil
  end
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if M.config.capabilities then
    capabilities = vim.tbl_deep_extend("force", capabilities, M.config.capabilities)
  end
  return vim.lsp.start({
    name = M.name,
    cmd = cmd,
    root_dir = M.root_dir(bufnr),
    init_options = M.settings(),
    settings = { hubls = M.settings() },
    capabilities = capabilities,
    on_attach = function(client, buf)
      -- Diagnostics that existed before the server attached.
      M.schedule_forward(buf)
      if M.config.on_attach then
        M.config.on_attach(client, buf)
      end
    end,
  }, { bufnr = bufnr })
end

--- Sends the current settings to running clients (after changing require("hubls").config).
function M.push_settings()
  for _, client in ipairs(get_clients({ name = M.name })) do
    client_notify(client, "workspace/didChangeConfiguration", { settings = { hubls = M.settings() } })
  end
end

-- Showing entries -------------------------------------------------------------------------------------

--- Shows `markdown` in a scratch markdown buffer named hubls://<id>, as a float or a split.
--- Returns the buffer and window.
function M.show(id, markdown, view)
  view = view or M.config.view
  local lines = vim.split(markdown or "", "\n", { plain = true })
  local name = "hubls://" .. id
  local buf
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_get_name(b) == name then
      buf = b
    end
  end
  if not buf then
    buf = vim.api.nvim_create_buf(false, true)
    pcall(vim.api.nvim_buf_set_name, buf, name)
  end
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "hide"
  vim.bo[buf].swapfile = false
  vim.bo[buf].filetype = "markdown"
  vim.keymap.set("n", "q", "<cmd>close<cr>", { buffer = buf, nowait = true, silent = true })
  local win
  if view == "float" then
    local width = math.min(100, math.max(40, vim.o.columns - 8))
    local height = math.min(#lines + 1, math.max(5, vim.o.lines - 6))
    win = vim.api.nvim_open_win(buf, true, {
      relative = "editor",
      width = width,
      height = height,
      row = math.max(0, math.floor((vim.o.lines - height) / 2) - 1),
      col = math.max(0, math.floor((vim.o.columns - width) / 2)),
      style = "minimal",
      border = "rounded",
      title = " " .. id .. " ",
      title_pos = "center",
    })
    vim.wo[win].wrap = true
    vim.wo[win].conceallevel = 2
  else
    local open = ({ split = "split", vsplit = "vsplit", tab = "tabnew" })[view] or "split"
    vim.cmd(open)
    win = vim.api.nvim_get_current_win()
    vim.api.nvim_win_set_buf(win, buf)
    vim.wo[win].wrap = true
  end
  M.last_shown = { buf = buf, win = win, id = id }
  return buf, win
end

--- Runs a workspace/executeCommand on the hubls client of `bufnr`; calls on_result(result) or reports.
function M.execute(command, argument, on_result, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = M.client(bufnr)
  if not client then
    notify("no hubls client is running (open a file, or check :checkhealth hubls)", vim.log.levels.WARN)
    return
  end
  client_request(client, "workspace/executeCommand", { command = command, arguments = { argument } }, function(err, result)
    if err then
      notify(command .. " failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return
    end
    on_result(result)
  end, bufnr)
end

--- Shows entry `id` (with optional params), fetching its Markdown from the server.
function M.show_entry(id, params, bufnr)
  M.execute("hubls.entry", { id = id, params = params or vim.empty_dict() }, function(entry)
    if entry then
      M.show(entry.id or id, entry.markdown)
    end
  end, bufnr)
end

--- :HubsSearch [query]: pick an entry with vim.ui.select and show it.
function M.search(query, opts)
  opts = opts or {}
  local bufnr = vim.api.nvim_get_current_buf()
  if not query or query == "" then
    vim.ui.input({ prompt = "Knowledge Hub search: " }, function(input)
      if input and input ~= "" then
        M.search(input, opts)
      end
    end)
    return
  end
  local argument = { query = query, limit = opts.limit or 50 }
  if opts.kind then
    argument.kind = opts.kind
  end
  M.execute("hubls.search", argument, function(hits)
    if not hits or #hits == 0 then
      notify("no entry matches " .. query)
      return
    end
    vim.ui.select(hits, {
      prompt = "Knowledge Hub: " .. query,
      kind = "hubls",
      format_item = function(hit)
        return string.format("%s  [%s] %s", hit.title, hit.kind, hit.id)
      end,
    }, function(hit)
      if hit then
        M.show_entry(hit.id, nil, bufnr)
      end
    end)
  end, bufnr)
end

--- The entry id and params carried by one of hubls's own diagnostics, or nil.
local function own_entry(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  local data = lsp.data or {}
  local id = data.id or (d.source == M.name and d.code) or nil
  if type(id) ~= "string" then
    return nil
  end
  return { id = id, params = data.params }
end

local function pick_and_show(results)
  local function show(r)
    if r.markdown then
      M.show(r.id, r.markdown)
    else
      M.show_entry(r.id, r.params)
    end
  end
  if #results == 1 then
    show(results[1])
    return
  end
  vim.ui.select(results, {
    prompt = "Knowledge Hub: explain",
    kind = "hubls",
    format_item = function(r)
      return string.format("%s  (%s)", r.title or r.id, r.id)
    end,
  }, function(r)
    if r then
      show(r)
    end
  end)
end

--- :HubsExplain: the entry for the diagnostics under the cursor, else for the error text on the line.
function M.explain()
  local bufnr = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  local row, col = cursor[1] - 1, cursor[2]
  local at = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = row })) do
    local end_lnum = d.end_lnum or d.lnum
    local end_col = d.end_col or d.col
    local after_start = d.lnum < row or col >= d.col
    local before_end = end_lnum > row or col <= end_col
    if after_start and before_end then
      table.insert(at, d)
    end
  end
  if #at == 0 then
    at = vim.diagnostic.get(bufnr, { lnum = row })
  end
  table.sort(at, function(a, b)
    return (a.severity or 4) < (b.severity or 4)
  end)

  local own, messages, seen = {}, {}, {}
  for _, d in ipairs(at) do
    local entry = own_entry(d)
    if entry and not seen[entry.id] then
      seen[entry.id] = true
      table.insert(own, entry)
    elseif not entry then
      table.insert(messages, d.message)
    end
  end
  local language = vim.bo[bufnr].filetype
  local function explain_text(text, fallback)
    M.execute("hubls.explain", { text = text, language = language ~= "" and language or nil }, function(results)
      results = results or {}
      local all = vim.list_extend(vim.deepcopy(own), {})
      for _, r in ipairs(results) do
        if not seen[r.id] then
          seen[r.id] = true
          table.insert(all, r)
        end
      end
      if #all > 0 then
        pick_and_show(all)
      elseif fallback then
        fallback()
      else
        notify("no Knowledge Hub entry explains this")
      end
    end, bufnr)
  end
  local line = vim.api.nvim_get_current_line()
  if #messages > 0 then
    explain_text(table.concat(messages, "\n"), function()
      explain_text(line)
    end)
  elseif #own > 0 then
    pick_and_show(own)
  else
    explain_text(line)
  end
end

--- The diagnostics on the cursor's line from every namespace, as LSP Diagnostics in `encoding`
--- (hubls's own ones keep the data the server attached).
function M.line_diagnostics(bufnr, lnum, encoding)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = lnum })) do
    local lsp = d.user_data and d.user_data.lsp
    if lsp and M.is_own_namespace(d.namespace) then
      table.insert(out, lsp)
    else
      table.insert(out, M.to_lsp_diagnostic(bufnr, d, encoding))
    end
  end
  return out
end

--- Code actions of hubls for the cursor's line, with the diagnostics of every tool in the context.
--- (vim.lsp.buf.code_action() sends a server only the diagnostics it published itself, so it never
--- offers the fixes for another tool's diagnostic.) opts.apply: apply a single or preferred fix
--- without asking; opts.filter(action): keep only matching actions.
function M.code_action(opts)
  opts = opts or {}
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.client(bufnr)
  if not client then
    notify("no hubls client is attached to this buffer", vim.log.levels.WARN)
    return
  end
  local encoding = client.offset_encoding or "utf-16"
  local params = vim.lsp.util.make_range_params(0, encoding)
  local lnum = vim.api.nvim_win_get_cursor(0)[1] - 1
  params.context = { diagnostics = M.line_diagnostics(bufnr, lnum, encoding), only = { "quickfix" } }
  client_request(client, "textDocument/codeAction", params, function(err, actions)
    if err then
      notify("code actions failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return
    end
    actions = vim.tbl_filter(function(a)
      return not opts.filter or opts.filter(a)
    end, actions or {})
    if #actions == 0 then
      notify("no code actions")
      return
    end
    local function run(action)
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, encoding)
      end
      local command = action.command
      if type(command) == "table" then
        client_request(client, "workspace/executeCommand", {
          command = command.command,
          arguments = command.arguments,
        }, function() end, bufnr)
      end
    end
    if opts.apply then
      local preferred = vim.tbl_filter(function(a)
        return a.isPreferred
      end, actions)
      if #actions == 1 or #preferred == 1 then
        run(#actions == 1 and actions[1] or preferred[1])
        return
      end
    end
    vim.ui.select(actions, {
      prompt = "Knowledge Hub actions:",
      kind = "codeaction",
      format_item = function(a)
        return a.title
      end,
    }, function(a)
      if a then
        run(a)
      end
    end)
  end, bufnr)
end

--- Defines :HubsSearch, :HubsExplain and :HubsEntry (idempotent).
function M.create_commands()
  vim.api.nvim_create_user_command("HubsSearch", function(opts)
    M.search(opts.args)
  end, { nargs = "*", desc = "Knowledge Hub: search entries and show one", force = true })
  vim.api.nvim_create_user_command("HubsExplain", function()
    M.explain()
  end, { nargs = 0, desc = "Knowledge Hub: explain the diagnostic or error text under the cursor", force = true })
  vim.api.nvim_create_user_command("HubsEntry", function(opts)
    M.show_entry(opts.args)
  end, { nargs = 1, desc = "Knowledge Hub: show an entry by id", force = true })
end

-- Setup -----------------------------------------------------------------------------------------------

--- With vim.lsp.enable("hubls") (and no setup()), starts hubls for a buffer that has no filetype:
--- vim.lsp.enable starts clients on FileType only, and logs (*.log) and extensionless files have none.
function M.start_enabled(bufnr)
  if M._did_setup or not (vim.lsp.is_enabled and vim.lsp.is_enabled(M.name)) then
    return
  end
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].filetype ~= "" or vim.bo[bufnr].buftype ~= ""
    or #get_clients({ name = M.name, bufnr = bufnr }) > 0 then
    return
  end
  local config = vim.lsp.config[M.name]
  if not config then
    return
  end
  config = vim.deepcopy(config)
  local function start(root)
    config.root_dir = root
    vim.lsp.start(config, { bufnr = bufnr, reuse_client = config.reuse_client })
  end
  if type(config.root_dir) == "function" then
    config.root_dir(bufnr, function(root)
      vim.schedule(function()
        start(root)
      end)
    end)
  else
    start(config.root_dir)
  end
end

--- Forwards other tools' diagnostics to every hubls client, however it was started (setup(),
--- vim.lsp.enable("hubls") with lsp/hubls.lua, or vim.lsp.start), and starts enabled hubls for
--- buffers without a filetype. Idempotent; plugin/hubls.lua calls it at startup, setup() again.
function M.enable_forwarding()
  local fwd = vim.api.nvim_create_augroup("hubls.forward", { clear = true })
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
    group = fwd,
    callback = function(args)
      -- Scheduled: filetype detection has run by then.
      vim.schedule(function()
        M.start_enabled(args.buf)
      end)
    end,
  })
  vim.api.nvim_create_autocmd("DiagnosticChanged", {
    group = fwd,
    callback = function(args)
      if args.buf and args.buf > 0 and #get_clients({ name = M.name, bufnr = args.buf }) > 0 then
        M.schedule_forward(args.buf)
      end
    end,
  })
  vim.api.nvim_create_autocmd("LspAttach", {
    group = fwd,
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data and args.data.client_id or -1)
      if client and client.name == M.name then
        -- Diagnostics that existed before the server attached.
        M.schedule_forward(args.buf)
      end
    end,
  })
  vim.api.nvim_create_autocmd({ "BufWipeout", "BufDelete" }, {
    group = fwd,
    callback = function(args)
      forget_buffer(args.buf)
    end,
  })
  vim.api.nvim_create_autocmd("LspDetach", {
    group = fwd,
    callback = function(args)
      forget_buffer(args.buf)
    end,
  })
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  if opts and opts.cmd ~= nil then
    M.config.cmd = opts.cmd
  end
  if opts and opts.filetypes ~= nil then
    M.config.filetypes = opts.filetypes
  end
  if opts and opts.corpus ~= nil then
    M.config.corpus = opts.corpus
  end
  if opts and opts.root_markers ~= nil then
    M.config.root_markers = opts.root_markers
  end
  if type(M.config.filetypes) == "string" and M.config.filetypes ~= "*" then
    M.config.filetypes = { M.config.filetypes }
  end

  M.create_commands()
  group = vim.api.nvim_create_augroup("hubls", { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile", "FileType" }, {
      group = group,
      callback = function(args)
        -- Scheduled, so filetype detection has run and didOpen carries the right languageId.
        vim.schedule(function()
          if vim.api.nvim_buf_is_valid(args.buf) then
            M.start(args.buf)
          end
        end)
      end,
    })
  end
  M.enable_forwarding()
  M._did_setup = true
  -- Buffers already loaded when setup runs (lazy loading).
  if M.config.autostart then
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) then
        M.start(buf)
      end
    end
  end
  M.push_settings()
  return M
end

return M
