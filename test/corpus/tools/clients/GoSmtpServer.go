// emersion/go-smtp 0.12 (Debian golang-github-emersion-go-smtp-dev) as the SMTP server, with its Debug writer
// on stdout: every line received and sent, as go-smtp prints it. Listens on 127.0.0.1:2587 behind
// recordingProxy.py. bob@example.net is accepted, grey@ gets 451 4.7.1, other recipients 550 5.1.1,
// a message containing "spam" is refused at the end of DATA; AUTH PLAIN accepts alice's test password.
package main

import (
	"errors"
	"io"
	"io/ioutil"
	"log"
	"os"
	"strings"

	"github.com/emersion/go-smtp"
)

type backend struct{}

func (backend) Login(_ *smtp.ConnectionState, username, password string) (smtp.Session, error) {
	if username != "alice@example.com" || password != "s3cret-Pa55" {
		return nil, &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
	}
	return &session{}, nil
}

func (backend) AnonymousLogin(_ *smtp.ConnectionState) (smtp.Session, error) { return &session{}, nil }

type session struct{}

func (*session) Reset()        {}
func (*session) Logout() error { return nil }
func (*session) Mail(from string, _ smtp.MailOptions) error {
	log.Printf("MAIL from %s", from)
	return nil
}

func (*session) Rcpt(to string) error {
	switch {
	case to == "bob@example.net":
		return nil
	case strings.HasPrefix(to, "grey@"):
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "Greylisted, please try again in 300 seconds"}
	}
	return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<" + to + ">: Recipient address rejected: User unknown"}
}

func (*session) Data(r io.Reader) error {
	b, err := ioutil.ReadAll(r)
	if err != nil {
		return err
	}
	log.Printf("DATA %d bytes", len(b))
	if strings.Contains(strings.ToLower(string(b)), "spam") {
		return errors.New("message refused as spam")
	}
	return nil
}

func main() {
	s := smtp.NewServer(backend{})
	s.Addr = "127.0.0.1:2587"
	s.Domain = "mx.test.example"
	s.AllowInsecureAuth = true
	s.Debug = os.Stdout
	log.SetOutput(os.Stdout)
	log.Println("Starting server at", s.Addr)
	log.Fatal(s.ListenAndServe())
}
