#!/usr/bin/ruby
# Ruby's Net::Telnet (Debian ruby-net-telnet 0.2.0) as a quick SMTP test script, Telnetmode off, with Output_log on
# STDOUT: its connection status ("Trying 127.0.0.1...", "Connected to 127.0.0.1.") and every byte received as it
# arrives (the lines sent are not logged by Net::Telnet). Each argument is sent after the previous reply's final line
# arrived; one starting with '#' is message text (no reply awaited).
#   ruby_net_telnet_client.rb <port> LINE...
require 'net/telnet'

$stdout.sync = true
port, *lines = ARGV
final = /^\d{3}(?:[ \r][^\n]*)?\n\z/
t = Net::Telnet.new('Host' => '127.0.0.1', 'Port' => port.to_i, 'Telnetmode' => false, 'Binmode' => true,
                    'Timeout' => 10, 'Output_log' => '/dev/stdout', 'Prompt' => final)
begin
  t.waitfor('Match' => final)
  lines.each do |line|
    if line.start_with?('#')
      t.print(line[1..] + "\r\n")
      next
    end
    t.print(line + "\r\n")
    t.waitfor('Match' => final)
  end
rescue StandardError => e
  puts "#{e.class}: #{e.message}"
end
t.close
