package uk.socguide.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it rejects before any route sees them (malformed URIs, oversized
 * headers): the same JSON error body and security headers as every other error.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    fields.put("Content-Security-Policy", SecurityHeaders.CSP);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Referrer-Policy", "no-referrer");
    String message = status == 431 ? "request headers are too large" : "malformed request";
    return ByteBuffer.wrap(
        Json.object("error", message, "status", status).getBytes(StandardCharsets.UTF_8));
  }
}
