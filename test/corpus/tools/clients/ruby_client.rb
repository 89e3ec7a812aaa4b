# Ruby Net::SMTP with debug_output = $stderr.
require 'net/smtp'
require 'openssl'
mode = ARGV[0] || 'plain'; port = (ARGV[1] || 587).to_i; auth = ARGV[2] == 'auth'; rcpts = ARGV[3..]
rcpts = ['bob@example.net'] if rcpts.nil? || rcpts.empty?
ctx = OpenSSL::SSL::SSLContext.new; ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE
smtp = Net::SMTP.new('127.0.0.1', port)
smtp.debug_output = $stderr
smtp.enable_tls(ctx) if mode == 'smtps'
smtp.enable_starttls(ctx) if mode == 'starttls'
smtp.disable_starttls if mode == 'plain'
msg = "From: alice@example.com\r\nTo: #{rcpts[0]}\r\nSubject: Corpus test 42\r\n\r\nHello from Ruby, message 42.\r\n"
args = auth ? ['client.example', 'alice@example.com', 's3cret-Pa55', :plain] : ['client.example']
smtp.start(*args) do |s|
  s.send_message(msg, 'alice@example.com', *rcpts)
end
