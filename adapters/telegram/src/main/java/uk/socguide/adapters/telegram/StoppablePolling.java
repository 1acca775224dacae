package uk.socguide.adapters.telegram;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Timeout;

/**
 * The HTTP client handed to the long-polling library. Stopping cancels the long poll in flight; the
 * library would log that as an error with a stack trace and back off, so once stopping, a cancelled
 * call answers as an empty batch of updates instead and the poller simply ends.
 */
final class StoppablePolling extends OkHttpClient {

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient real;
  private volatile boolean stopping;

  StoppablePolling(OkHttpClient real) {
    this.real = real;
  }

  void stop() {
    stopping = true;
    real.dispatcher().cancelAll();
  }

  @Override
  public Call newCall(Request request) {
    return new Quiet(real.newCall(request));
  }

  private final class Quiet implements Call {
    private final Call call;

    Quiet(Call call) {
      this.call = call;
    }

    @Override
    public Response execute() throws IOException {
      if (stopping) {
        return noUpdates(call.request());
      }
      try {
        return call.execute();
      } catch (IOException e) {
        if (stopping) {
          return noUpdates(call.request());
        }
        throw e;
      }
    }

    @Override
    public Request request() {
      return call.request();
    }

    @Override
    public void enqueue(Callback callback) {
      call.enqueue(callback);
    }

    @Override
    public void cancel() {
      call.cancel();
    }

    @Override
    public boolean isExecuted() {
      return call.isExecuted();
    }

    @Override
    public boolean isCanceled() {
      return call.isCanceled();
    }

    @Override
    public Timeout timeout() {
      return call.timeout();
    }

    @Override
    public Call clone() {
      return new Quiet(call.clone());
    }
  }

  private static Response noUpdates(Request request) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON))
        .build();
  }
}
