-- :checkhealth hubls reports the binary, its version and the corpus counts.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

H.run(":checkhealth hubls", function()
  H.setup({})
  vim.cmd("checkhealth hubls")
  local text = H.buffer_text(vim.api.nvim_get_current_buf())
  H.contains(text, "server binary: " .. H.bin, "checkhealth")
  H.contains(text, "version: hubls ", "checkhealth")
  H.contains(text, "corpus: ", "checkhealth")
  H.check(text:find("error: %d+"), "no error count in:\n%s", text)
  H.check(not text:find("ERROR"), "checkhealth reports an error:\n%s", text)
end)
