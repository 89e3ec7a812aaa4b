# Tcllib's smtp package with -debug 1: it prints "<-- reply" and "--> command (wait upto N seconds)".
#   tclsh tcllib_smtp_client.tcl <port> <user:password|none> rcpt...
package require mime
package require smtp
lassign $argv port cred
set rcpts [lrange $argv 2 end]
set tok [mime::initialize -canonical text/plain -string "Hello Bob, message 42."]
mime::setheader $tok Subject "Corpus test 42"
set opts [list -servers 127.0.0.1 -ports $port -debug 1 -originator alice@example.com -usetls 0 -client client.example]
foreach r $rcpts { lappend opts -recipients $r }
if {$cred ne "none"} { lassign [split $cred :] user pass; lappend opts -username $user -password $pass }
if {[catch {set result [smtp::sendmessage $tok {*}$opts]} err]} { puts "error: $err" } else { puts "result: $result" }
