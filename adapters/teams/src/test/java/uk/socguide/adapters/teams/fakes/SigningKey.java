package uk.socguide.adapters.teams.fakes;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/** An RSA key the tests sign Bot Connector tokens with, as the Bot Connector's keys would. */
public final class SigningKey {
  public static final String BOT_CONNECTOR_ISSUER = "https://api.botframework.com";

  private final String kid;
  private final RSAPublicKey publicKey;
  private final RSAPrivateKey privateKey;
  private final List<String> endorsements;

  public SigningKey(String kid, List<String> endorsements) {
    this.kid = kid;
    this.endorsements = List.copyOf(endorsements);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      this.publicKey = (RSAPublicKey) pair.getPublic();
      this.privateKey = (RSAPrivateKey) pair.getPrivate();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String kid() {
    return kid;
  }

  /** This key as a JWK with the Bot Connector's "endorsements" extension. */
  public String jwk() {
    StringBuilder e = new StringBuilder();
    for (String endorsement : endorsements) {
      e.append(e.length() == 0 ? "" : ",").append('"').append(endorsement).append('"');
    }
    return "{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\""
        + kid
        + "\",\"n\":\""
        + base64Url(publicKey.getModulus())
        + "\",\"e\":\""
        + base64Url(publicKey.getPublicExponent())
        + "\",\"endorsements\":["
        + e
        + "]}";
  }

  /**
   * A token as the Bot Connector issues it for this bot and service URL, valid for an hour; {@code
   * changes} can alter any claim or header before signing.
   */
  public String token(String appId, String serviceUrl, UnaryOperator<JWTCreator.Builder> changes) {
    Instant now = Instant.now();
    JWTCreator.Builder builder =
        JWT.create()
            .withKeyId(kid)
            .withIssuer(BOT_CONNECTOR_ISSUER)
            .withAudience(appId)
            .withClaim("serviceurl", serviceUrl)
            .withNotBefore(now.minusSeconds(60))
            .withIssuedAt(now.minusSeconds(60))
            .withExpiresAt(now.plusSeconds(3600));
    return changes.apply(builder).sign(Algorithm.RSA256(publicKey, privateKey));
  }

  public String token(String appId, String serviceUrl) {
    return token(appId, serviceUrl, b -> b);
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
