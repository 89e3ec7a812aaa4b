// Go net/smtp with a conn wrapper that logs every line read and written (as Go users do to debug).
package main

import (
	"crypto/tls"
	"fmt"
	"log"
	"net"
	"net/smtp"
	"os"
	"strings"
)

type logConn struct{ net.Conn }

func (c logConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	for _, l := range strings.SplitAfter(string(b[:n]), "\n") {
		if l != "" {
			log.Printf("S: %q", l)
		}
	}
	return n, err
}
func (c logConn) Write(b []byte) (int, error) {
	for _, l := range strings.SplitAfter(string(b), "\n") {
		if l != "" {
			log.Printf("C: %q", l)
		}
	}
	return c.Conn.Write(b)
}

func main() {
	mode, addr, auth := os.Args[1], os.Args[2], os.Args[3] == "auth"
	rcpts := os.Args[4:]
	if len(rcpts) == 0 {
		rcpts = []string{"bob@example.net"}
	}
	cfg := &tls.Config{InsecureSkipVerify: true, ServerName: "mail.test.example"}
	var raw net.Conn
	var err error
	if mode == "smtps" {
		log.Printf("dialing %s with implicit TLS", addr)
		raw, err = tls.Dial("tcp", addr, cfg)
	} else {
		log.Printf("dialing %s", addr)
		raw, err = net.Dial("tcp", addr)
	}
	if err != nil {
		log.Fatal(err)
	}
	c, err := smtp.NewClient(logConn{raw}, "127.0.0.1")
	if err != nil {
		log.Fatal(err)
	}
	if err = c.Hello("client.example"); err != nil {
		log.Fatal(err)
	}
	if mode == "starttls" {
		// The wrapper sits below TLS, so only the cleartext part is logged after this point.
		if err = c.StartTLS(cfg); err != nil {
			log.Fatal(err)
		}
	}
	if auth {
		if err = c.Auth(smtp.PlainAuth("", "alice@example.com", "s3cret-Pa55", "127.0.0.1")); err != nil {
			log.Fatal(err)
		}
	}
	if err = c.Mail("alice@example.com"); err != nil {
		log.Fatal(err)
	}
	for _, r := range rcpts {
		if err = c.Rcpt(r); err != nil {
			log.Printf("rcpt %s: %v", r, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(w, "Subject: Corpus test 42\r\n\r\nHello from Go, message 42.\r\n")
	if err = w.Close(); err != nil {
		log.Fatal(err)
	}
	c.Quit()
}
