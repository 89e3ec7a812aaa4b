// Apache Commons Net SMTP client with the PrintCommandListener that its examples and users attach to debug:
// it prints every command sent and every reply line received, with no marks of its own.
//   java CommonsNetClient <plain|starttls|smtps> <port> <auth|noauth> [rcpt ...]
import java.io.PrintWriter;
import java.io.Writer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.PrintCommandListener;
import org.apache.commons.net.smtp.AuthenticatingSMTPClient;
import org.apache.commons.net.smtp.SMTPReply;
import org.apache.commons.net.smtp.SimpleSMTPHeader;

public class CommonsNetClient {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int port = Integer.parseInt(args[1]);
    boolean auth = args[2].equals("auth");
    String[] rcpts = args.length > 3 ? java.util.Arrays.copyOfRange(args, 3, args.length) : new String[] {"bob@example.net"};
    TrustManager[] trustAll = {new X509TrustManager() {
      public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}
      public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {}
      public java.security.cert.X509Certificate[] getAcceptedIssuers() { return new java.security.cert.X509Certificate[0]; }
    }};
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, trustAll, null);
    AuthenticatingSMTPClient client = new AuthenticatingSMTPClient(mode.equals("smtps"), ctx);
    client.addProtocolCommandListener(new PrintCommandListener(new PrintWriter(System.out), true));
    try {
      client.connect("127.0.0.1", port);
      client.ehlo("client.example");
      if (mode.equals("starttls") && client.execTLS()) client.ehlo("client.example");
      if (auth && !client.auth(AuthenticatingSMTPClient.AUTH_METHOD.PLAIN, "alice@example.com", "s3cret-Pa55")) {
        System.out.println("Authentication failed: " + client.getReplyString().trim());
      }
      if (!client.setSender("alice@example.com")) System.out.println("Sender refused: " + client.getReplyCode());
      int accepted = 0;
      for (String r : rcpts) {
        if (client.addRecipient(r)) accepted++;
        else System.out.println("Recipient refused: " + client.getReplyString().trim());
      }
      if (accepted > 0) {
        Writer w = client.sendMessageData();
        if (w != null) {
          w.write(new SimpleSMTPHeader("alice@example.com", rcpts[0], "Corpus test 42").toString());
          w.write("Hello Bob, message 42.\r\n");
          w.close();
          if (!client.completePendingCommand()) System.out.println("Message refused: " + client.getReplyString().trim());
        }
      }
      client.logout();
    } finally {
      client.disconnect();
    }
  }
}
