-- Runs the README's Neovim block headless: reports the filetype it gives each file of the job
-- ($SMTP_CODES_JOB, JSON), then opens the session file, waits for the client the block's
-- FileType autocmd starts, and reports its diagnostics and a hover as JSON to $SMTP_CODES_OUT.
local job = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.SMTP_CODES_JOB), '\n'))

-- Neovim 0.7 reads vim.filetype.add only with Lua detection on (the default from 0.8).
vim.g.do_filetype_lua = 1
vim.cmd('filetype on')
-- vim.lsp.start came in 0.8: on 0.7, start the client and attach it to the buffer as 0.8 does.
if not vim.lsp.start then
  vim.lsp.start = function(config)
    local client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, client_id)
    return client_id
  end
end
dofile(vim.env.SMTP_CODES_SNIPPET)

local result = { filetypes = {}, diagnostics = {}, clients = {} }
-- Detection only: FileType is ignored, so no server starts for these buffers.
vim.o.eventignore = 'FileType'
for _, file in ipairs(job.detect) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  result.filetypes[file] = vim.bo.filetype
  vim.cmd('bwipeout')
end
vim.o.eventignore = ''

vim.cmd('edit ' .. vim.fn.fnameescape(job.session.file))
local bufnr = vim.api.nvim_get_current_buf()
result.filetype = vim.bo.filetype
vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
  table.insert(result.clients, { name = client.name, cmd = client.config.cmd })
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, { code = lsp.code, line = d.lnum, col = d.col, severity = d.severity })
end
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = job.session.hover[1], character = job.session.hover[2] },
}, 10000)
for _, response in pairs(hover or {}) do
  if response.result then result.hover = response.result.contents.value end
end

local f = io.open(vim.env.SMTP_CODES_OUT, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd('qall!')
