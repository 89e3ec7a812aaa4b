# R's sendmailR 1.4 (Debian r-cran-sendmailr) with verbose = TRUE: "<< 220 …" for each reply line it reads,
# ">> MAIL FROM:  <…>" for each command; an SMTP error stops the script with R's own error text.
#   Rscript sendmailr_client.R PORT RCPT[,RCPT…]
library(sendmailR)
args <- commandArgs(trailingOnly = TRUE)
rcpts <- sprintf('<%s>', strsplit(args[2], ',')[[1]])
sendmail(from = '<alice@example.com>', to = rcpts, subject = 'Corpus test 42', msg = 'Hello Bob, message 42.',
         control = list(smtpServer = '127.0.0.1', smtpPort = as.integer(args[1]), verbose = TRUE))
cat('sent\n')
