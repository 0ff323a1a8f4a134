-- hubls for Neovim 0.11's native LSP configuration: with editors/nvim on 'runtimepath',
--
--   vim.lsp.enable("hubls")
--
-- starts hubls for every file buffer (hover and quick fixes for any tool's diagnostics, snippets,
-- explanations of logs and traces). Override any field with vim.lsp.config("hubls", {...}), e.g.
--
--   vim.lsp.config("hubls", { settings = { hubls = { corpus = { "~/team-kb" }, scan = true } } })
--
-- The binary is the one the plugin manager's build step put in <plugin>/bin, else `hubls` on PATH.
-- Other tools' diagnostics are forwarded to it; :HubsSearch and :HubsExplain are defined.
-- Use this or require("hubls").setup({}), not both.

--- Expands ~ and relative paths of the corpus setting: the server runs elsewhere.
local function normalize(settings)
  settings = vim.deepcopy(settings or {})
  if type(settings.corpus) == "table" then
    local dirs = {}
    for _, dir in ipairs(settings.corpus) do
      table.insert(dirs, vim.fn.fnamemodify(vim.fn.expand(dir), ":p"))
    end
    settings.corpus = #dirs > 0 and dirs or nil
  end
  -- An empty Lua table would go out as a JSON array; the server wants an object.
  return next(settings) and settings or vim.empty_dict()
end

-- :HubsSearch, :HubsExplain and the forwarding, also when a plugin manager added this directory to
-- 'runtimepath' without sourcing plugin/hubls.lua (both are idempotent).
require("hubls").create_commands()
require("hubls").enable_forwarding()

---@type vim.lsp.Config
return {
  cmd = { require("hubls").binary(), "--stdio" },
  -- No filetypes: every buffer that has one. vim.lsp.enable never starts a client for a buffer without
  -- a filetype (*.log): the plugin does (require("hubls").start_enabled).
  root_markers = { ".git", ".hg", ".svn" },
  -- Not a file of a real path (scratch buffers, hubls://entries, fugitive:// and the like): no server.
  root_dir = function(bufnr, on_dir)
    local hubls = require("hubls")
    local saved = hubls.config.filetypes
    hubls.config.filetypes = nil
    local wanted = hubls.wants(bufnr)
    hubls.config.filetypes = saved
    if wanted then
      on_dir(hubls.root_dir(bufnr))
    end
  end,
  settings = { hubls = vim.empty_dict() },
  -- The server reads the same settings object at initialize and on didChangeConfiguration.
  before_init = function(params, config)
    -- Changed in place: the client keeps a reference to config.settings.
    config.settings = config.settings or {}
    local settings = normalize(config.settings.hubls)
    config.settings.hubls = settings
    params.initializationOptions = normalize(vim.tbl_extend("force", normalize(config.init_options), settings))
  end,
}
