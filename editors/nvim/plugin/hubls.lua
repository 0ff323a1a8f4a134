-- Commands of the hubls plugin (setup() defines them too, for plugin managers that add
-- editors/nvim to 'runtimepath' after startup). The server starts only after require("hubls").setup().
if vim.g.loaded_hubls then
  return
end
vim.g.loaded_hubls = true
require("hubls").create_commands()
