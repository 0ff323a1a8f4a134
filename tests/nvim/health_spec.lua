-- :checkhealth hubls reports the binary, its version and the corpus counts.
local H = dofile(os.getenv("HUBLS_REPO") .. "/tests/nvim/helpers.lua")

H.run(":checkhealth hubls", function()
  H.setup({})
  vim.cmd("checkhealth hubls")
  local text = H.buffer_text(vim.api.nvim_get_current_buf())
  H.contains(text, "server binary: " .. H.bin, "checkhealth")
  -- The version line is `hubls --version` of that binary: the crate's version.
  local cargo = "\n" .. table.concat(vim.fn.readfile(H.repo .. "/Cargo.toml"), "\n")
  local version = cargo:match('\n%[package%][^%[]-\nversion = "([^"]+)"')
  H.check(version, "no version in Cargo.toml")
  H.contains(text, "version: hubls " .. version .. "\n", "checkhealth")
  H.contains(text, "corpus: ", "checkhealth")
  H.check(text:find("error: %d+"), "no error count in:\n%s", text)
  H.check(not text:find("ERROR"), "checkhealth reports an error:\n%s", text)
end)
