-- Commands of the hubls plugin, and forwarding of other tools' diagnostics to any hubls client
-- (setup() does both too, for plugin managers that add editors/nvim to 'runtimepath' after startup).
-- The server starts after require("hubls").setup() or, on Neovim 0.11+, vim.lsp.enable("hubls").
if vim.g.loaded_hubls then
  return
end
vim.g.loaded_hubls = true
local hubls = require("hubls")
hubls.create_commands()
hubls.enable_forwarding()
