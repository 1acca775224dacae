package uk.socguide.adapters.teams.fakes;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A Microsoft Entra token endpoint on loopback over HTTPS, with a self-signed certificate made for
 * the test. Only the socket factory from {@link #clientTls()} trusts it; the JVM does not.
 */
public final class TokenAuthority implements AutoCloseable {
  public static final String ACCESS_TOKEN = "test-access-token-from-tenant";

  private final HttpsServer server;
  private final SSLContext clientContext;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();

  public TokenAuthority() throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X509Certificate certificate = selfSigned(pair);

    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("server", pair.getPrivate(), new char[0], new X509Certificate[] {certificate});
    KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    km.init(keys, new char[0]);
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(km.getKeyManagers(), null, null);

    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("authority", certificate);
    TrustManagerFactory tm =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tm.init(trust);
    clientContext = SSLContext.getInstance("TLS");
    clientContext.init(null, tm.getTrustManagers(), null);

    LoopbackServers.configure();
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    server.createContext(
        "/",
        exchange -> {
          paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(parseForm(form));
          byte[] body;
          int status;
          if (exchange.getRequestURI().getPath().endsWith("/oauth2/v2.0/token")) {
            status = 200;
            body =
                ("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\""
                        + ACCESS_TOKEN
                        + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
          } else {
            status = 404;
            body = "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** The authority URL for a tenant, as ToChannelFromBotLoginUrl takes it. */
  public String authority(String tenant) {
    return "https://127.0.0.1:" + server.getAddress().getPort() + "/" + tenant;
  }

  /** A socket factory that trusts this authority's certificate (and nothing else). */
  public SSLSocketFactory clientTls() {
    return clientContext.getSocketFactory();
  }

  /** Form fields of each request received. */
  public List<Map<String, String>> requests() {
    return requests;
  }

  /** "METHOD /path" of each request received. */
  public List<String> paths() {
    return paths;
  }

  private static Map<String, String> parseForm(String form) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
    try {
      X500Name name = new X500Name("CN=127.0.0.1");
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(1, ChronoUnit.DAYS)),
              name,
              pair.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    } catch (Exception e) {
      throw new GeneralSecurityException("cannot make the test certificate", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
