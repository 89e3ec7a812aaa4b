// Jakarta Mail 2.0 with mail.debug=true (Debian's libjakarta-mail-java).
import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.util.Properties;

public class JavaMailClient {
  public static void main(String[] a) throws Exception {
    String mode = a[0]; int port = Integer.parseInt(a[1]); boolean auth = a[2].equals("auth");
    Properties p = new Properties();
    String proto = mode.equals("smtps") ? "smtps" : "smtp";
    p.put("mail.debug", "true");
    p.put("mail." + proto + ".host", "127.0.0.1");
    p.put("mail." + proto + ".port", String.valueOf(port));
    p.put("mail." + proto + ".localhost", "client.example");
    p.put("mail." + proto + ".auth", String.valueOf(auth));
    p.put("mail." + proto + ".ssl.trust", "*");
    p.put("mail." + proto + ".ssl.checkserveridentity", "false");
    p.put("mail.smtp.starttls.enable", String.valueOf(mode.equals("starttls")));
    p.put("mail.smtp.sendpartial", "true");
    Session s = Session.getInstance(p);
    MimeMessage m = new MimeMessage(s);
    m.setFrom(new InternetAddress("alice@example.com"));
    for (int i = 3; i < a.length; i++) m.addRecipient(Message.RecipientType.TO, new InternetAddress(a[i]));
    if (a.length <= 3) m.addRecipient(Message.RecipientType.TO, new InternetAddress("bob@example.net"));
    m.setSubject("Corpus test 42");
    m.setText("Hello Bob,\nmessage 42.\n");
    Transport t = s.getTransport(proto);
    try {
      if (auth) t.connect("alice@example.com", "s3cret-Pa55"); else t.connect();
      t.sendMessage(m, m.getAllRecipients());
    } catch (MessagingException e) {
      System.out.println("MessagingException: " + e);
    } finally {
      t.close();
    }
  }
}
