-- Neovim as the language client of tests/lsp_e2e.sh (Neovim 0.7 API):
-- starts `factlint lsp` on the buffer, waits for its diagnostics, asks for
-- the code actions and the hover at the first diagnostic, and writes what it
-- received, one fact a line, to $FACTLINT_LSP_OUT. Exits 0 when it got
-- everything, 1 otherwise (the file says what is missing).
local out_path = os.getenv("FACTLINT_LSP_OUT")
local lines = {}
local function say(s) table.insert(lines, s) end
local function finish(code)
  local f = assert(io.open(out_path, "w"))
  f:write(table.concat(lines, "\n") .. "\n")
  f:close()
  vim.cmd((code == 0) and "qall!" or "cquit! " .. code)
end
local function range(r)
  return string.format("%d:%d-%d:%d", r.start.line, r.start.character,
                       r["end"].line, r["end"].character)
end

local published = nil  -- the last publishDiagnostics
local publishes = 0
local client_id = vim.lsp.start_client({
  name = "factlint",
  cmd = { os.getenv("FACTLINT_BIN"), "lsp", "--facts", os.getenv("FACTLINT_FACTS") },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      published = result
      publishes = publishes + 1
    end,
  },
})
if not client_id then
  say("error: the client did not start")
  finish(1)
end
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(20000, function() return published ~= nil and #published.diagnostics > 0 end, 50) then
  say("error: no diagnostics within 20 s")
  finish(1)
end
local sorted = published.diagnostics
table.sort(sorted, function(a, b) return (a.code or "") < (b.code or "") end)
for _, d in ipairs(sorted) do
  say(string.format("diagnostic %s severity=%d range=%s message=%s", d.code, d.severity,
                    range(d.range), d.message))
  for _, r in ipairs(d.relatedInformation or {}) do
    say(string.format("related %s uri=%s range=%s message=%s", d.code,
                      vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ":t"),
                      range(r.location.range), r.message))
  end
end

local first = sorted[1].range
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = first.start.line, character = first.start.character + 1 },
}, 10000)
local hover = responses and responses[client_id] and responses[client_id].result
if hover then
  say("hover " .. hover.contents.value:gsub("\n", " | "))
else
  say("error: no hover")
end

responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = first,
  context = { diagnostics = sorted },
}, 10000)
local actions = responses and responses[client_id] and responses[client_id].result or {}
if #actions == 0 then say("error: no code action") end
for _, a in ipairs(actions) do
  say(string.format("action kind=%s title=%s", a.kind, a.title))
  for uri, edits in pairs(a.edit.changes) do
    for _, e in ipairs(edits) do
      say(string.format("edit uri=%s range=%s newText=%s",
                        vim.fn.fnamemodify(vim.uri_to_fname(uri), ":t"), range(e.range), e.newText))
    end
  end
end
-- Apply the first as an editor would: the buffer changes (didChange), and
-- after the debounce the server publishes the diagnostics of the new text.
if #actions > 0 then
  local before = publishes
  vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
  say("line after edit: " .. vim.api.nvim_buf_get_lines(bufnr, first.start.line,
                                                         first.start.line + 1, false)[1])
  if vim.wait(20000, function() return publishes > before end, 50) then
    say("diagnostics after edit: " .. #published.diagnostics)
  else
    say("error: no diagnostics after the edit within 20 s")
  end
end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
finish(0)
