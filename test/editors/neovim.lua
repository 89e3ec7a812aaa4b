-- Drives the standalone server from Neovim's built-in LSP client (0.7+), headless:
-- open a transcript, wait for diagnostics, ask for a hover and the quick fixes, write the
-- results as JSON to the file named by $SMTP_CODES_OUT, and quit.
local server = vim.env.SMTP_CODES_SERVER
local out = vim.env.SMTP_CODES_OUT
local file = vim.env.SMTP_CODES_FILE

if vim.env.SMTP_CODES_DEBUG then vim.lsp.set_log_level('debug') end
vim.cmd('edit ' .. file)
vim.bo.filetype = 'smtp'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'smtp-codes',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(bufnr, client_id)

local result = { diagnostics = {}, hover = nil, actions = {} }
vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, { code = lsp.code, line = d.lnum, col = d.col, severity = d.severity })
end

local uri = vim.uri_from_bufnr(bufnr)
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 7, character = 1 } }, 10000)
for _, response in pairs(hover or {}) do
  if response.result then result.hover = response.result.contents.value end
end

local lspDiagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if d.user_data and d.user_data.lsp then table.insert(lspDiagnostics, d.user_data.lsp) end
end
local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
  textDocument = { uri = uri },
  range = { start = { line = 7, character = 0 }, ['end'] = { line = 7, character = 20 } },
  context = { diagnostics = lspDiagnostics },
}, 10000)
for _, response in pairs(actions or {}) do
  for _, action in ipairs(response.result or {}) do table.insert(result.actions, action.title) end
end

local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
