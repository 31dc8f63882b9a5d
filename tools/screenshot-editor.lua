-- Neovim configuration of tools/screenshot-editor (Neovim 0.7 API): starts
-- `factlint lsp --against $FACTLINT_AGAINST` on the buffer, shows the
-- diagnostics as virtual text and, once they are in, opens the floating
-- window of the first one and touches $FACTLINT_SHOT_READY.
vim.o.number = true
vim.o.laststatus = 0
vim.o.ruler = false
vim.o.showmode = false
vim.o.shortmess = vim.o.shortmess .. "F"
vim.o.background = "dark"
vim.o.wrap = false
vim.o.signcolumn = "yes"
-- Plain 256-colour highlights that aha renders as they look in a terminal
-- (no underline colour, no reverse video).
vim.cmd([[
  highlight SignColumn ctermbg=NONE
  highlight NormalFloat ctermbg=236 ctermfg=252
  highlight FloatBorder ctermbg=NONE ctermfg=244 cterm=NONE
  highlight DiagnosticUnderlineError cterm=underline ctermfg=203 guisp=NONE
  highlight DiagnosticFloatingError ctermfg=203 ctermbg=236
  highlight DiagnosticVirtualTextError ctermfg=203
]])
vim.diagnostic.config({ virtual_text = true, severity_sort = true,
                        float = { border = "rounded", source = "always" } })

-- The buffer of the file named on the command line exists from VimEnter on.
vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local client_id = vim.lsp.start_client({
      name = "factlint",
      cmd = { os.getenv("FACTLINT_BIN"), "lsp", "--against", os.getenv("FACTLINT_AGAINST") },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(0, client_id)
  end,
})

local shown = false
vim.api.nvim_create_autocmd("DiagnosticChanged", {
  callback = function()
    local diagnostics = vim.diagnostic.get(0)
    if shown or #diagnostics == 0 then return end
    shown = true
    local d = diagnostics[1]
    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
    -- After the cursor moved (moving it closes a float), open the float,
    -- then say it is there.
    vim.defer_fn(function()
      vim.diagnostic.open_float({ scope = "cursor" })
      vim.defer_fn(function()
        local f = io.open(os.getenv("FACTLINT_SHOT_READY"), "w")
        f:write("ready\n")
        f:close()
      end, 300)
    end, 300)
  end,
})
