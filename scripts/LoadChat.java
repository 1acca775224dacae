import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load for POST /api/chat: N concurrent conversations, each on its own keep-alive connection,
 * sending questions back to back for a fixed time or a fixed number of requests, then prints
 * requests per second and latency percentiles. Run through scripts/load-chat. Sends only to this
 * machine (loopback), and always stops by itself.
 */
public final class LoadChat {
  private static final String[] QUESTIONS = {
    "how do I report fraud",
    "what is the national crime agency",
    "who replaced SOCA",
    "what if I'm in Scotland?",
    "someone is selling drugs from a flat on our estate, what do I do",
    "what are county lines",
    "how can I report modern slavery",
    "what can councillors do about organised crime",
    "thanks",
    "when are my bins collected",
    "what is the four Ps",
    "who do I call?",
    "what does a regional organised crime unit do",
    "can I report anonymously",
    "hello",
    "what is CEOP",
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    URI url = URI.create(opts.getOrDefault("--url", "http://127.0.0.1:8080") + "/api/chat");
    int concurrency = Integer.parseInt(opts.getOrDefault("--concurrency", "32"));
    double seconds = Double.parseDouble(opts.getOrDefault("--seconds", "30"));
    double warmup = Double.parseDouble(opts.getOrDefault("--warmup", "5"));
    long maxRequests = Long.parseLong(opts.getOrDefault("--requests", "0"));
    double rate = Double.parseDouble(opts.getOrDefault("--rate", "0"));
    String pid = opts.get("--pid");
    if (seconds <= 0 || seconds > 3600 || concurrency < 1 || concurrency > 512) {
      throw new IllegalArgumentException("--seconds must be 1..3600 and --concurrency 1..512");
    }
    if (rate < 0) {
      throw new IllegalArgumentException("--rate must be 0 (as fast as answers come) or more");
    }
    InetAddress host = InetAddress.getByName(url.getHost());
    if (!host.isLoopbackAddress()) {
      throw new IllegalArgumentException("load is only sent to this machine (loopback): " + host);
    }
    int port = url.getPort() < 0 ? 80 : url.getPort();
    InetSocketAddress target = new InetSocketAddress(host, port);

    if (pid != null) {
      System.out.println("server RSS before: " + rss(pid));
    }
    if (warmup > 0) {
      run(target, url, concurrency, warmup, 0, rate, "warm");
    }
    Result r = run(target, url, concurrency, seconds, maxRequests, rate, "load");
    System.out.printf(
        Locale.ROOT,
        "requests: %d in %.1f s with %d concurrent conversations%s%n",
        r.count(),
        r.seconds(),
        concurrency,
        rate > 0
            ? String.format(
                Locale.ROOT, ", paced at %.0f/s (latency from each request's scheduled time)", rate)
            : "");
    System.out.printf(Locale.ROOT, "throughput: %.0f requests/s%n", r.count() / r.seconds());
    System.out.printf(
        Locale.ROOT,
        "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        r.percentile(50),
        r.percentile(90),
        r.percentile(99),
        r.percentile(99.9),
        r.percentile(100));
    System.out.println("responses: " + r.statuses());
    if (pid != null) {
      System.out.println("server RSS after: " + rss(pid));
    }
    if (!r.statuses().keySet().stream().allMatch(s -> s == 200)) {
      System.exit(1);
    }
  }

  record Result(long count, double seconds, long[] nanos, Map<Integer, Long> statuses) {
    double percentile(double p) {
      if (nanos.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
      return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
    }
  }

  private static Result run(
      InetSocketAddress target,
      URI url,
      int concurrency,
      double seconds,
      long maxRequests,
      double rate,
      String tag)
      throws InterruptedException {
    // paced: each conversation sends on its own schedule, together `rate` requests a second
    long interval = rate > 0 ? (long) (concurrency * 1e9 / rate) : 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong budget = new AtomicLong(maxRequests > 0 ? maxRequests : Long.MAX_VALUE);
    List<Worker> workers = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      Worker w =
          new Worker(
              target,
              url,
              tag + "-" + i + "-" + start,
              i,
              deadline,
              budget,
              done,
              interval,
              start + interval * i / concurrency); // first sends spread over one interval
      workers.add(w);
      Thread t = new Thread(w, "load-" + i);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long total = workers.stream().mapToLong(w -> w.count).sum();
    long[] all = new long[(int) total];
    int at = 0;
    Map<Integer, Long> statuses = new TreeMap<>();
    for (Worker w : workers) {
      System.arraycopy(w.nanos, 0, all, at, w.count);
      at += w.count;
      w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
    }
    Arrays.sort(all);
    return new Result(total, elapsed, all, statuses);
  }

  static final class Worker implements Runnable {
    final InetSocketAddress target;
    final URI url;
    final String conversation;
    final int offset;
    final long deadline;
    final AtomicLong budget;
    final CountDownLatch done;
    final long interval;
    final long firstSend;
    long[] nanos = new long[1 << 14];
    int count;
    final Map<Integer, Long> statuses = new TreeMap<>();

    Worker(
        InetSocketAddress target,
        URI url,
        String conversation,
        int offset,
        long deadline,
        AtomicLong budget,
        CountDownLatch done,
        long interval,
        long firstSend) {
      this.interval = interval;
      this.firstSend = firstSend;
      this.target = target;
      this.url = url;
      this.conversation = conversation;
      this.offset = offset;
      this.deadline = deadline;
      this.budget = budget;
      this.done = done;
    }

    @Override
    public void run() {
      Socket socket = null;
      try {
        int q = offset;
        long scheduled = firstSend;
        while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
          if (interval > 0) {
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
              LockSupport.parkNanos(wait);
            }
          }
          if (socket == null || socket.isClosed()) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(target, 5000);
            socket.setSoTimeout(10_000);
          }
          byte[] request = request(QUESTIONS[q++ % QUESTIONS.length]);
          // paced, a late send counts against the latency: it is what a user would have waited
          long t0 = interval > 0 ? scheduled : System.nanoTime();
          scheduled += interval;
          int status;
          try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            status = readResponse(socket);
          } catch (IOException e) {
            status = -1;
            socket.close();
          }
          record(System.nanoTime() - t0, status);
        }
      } catch (IOException e) {
        statuses.merge(-2, 1L, Long::sum);
      } finally {
        try {
          if (socket != null) {
            socket.close();
          }
        } catch (IOException ignored) {
          // closing anyway
        }
        done.countDown();
      }
    }

    private void record(long elapsed, int status) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, nanos.length * 2);
      }
      nanos[count++] = elapsed;
      statuses.merge(status, 1L, Long::sum);
    }

    private byte[] request(String question) {
      byte[] body =
          ("{\"conversationId\":\"" + conversation + "\",\"text\":\"" + question + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + url.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + url.getHost()
              + ":"
              + target.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.US_ASCII);
      byte[] all = Arrays.copyOf(h, h.length + body.length);
      System.arraycopy(body, 0, all, h.length, body.length);
      return all;
    }

    private BufferedInputStream in;
    private Socket inFor;

    /** Reads one response (Content-Length or chunked); returns its status. */
    private int readResponse(Socket socket) throws IOException {
      if (inFor != socket) {
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        inFor = socket;
      }
      String status = line(in);
      int code = Integer.parseInt(status.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (chunked) {
        for (long size = Long.parseLong(line(in).trim(), 16); size > 0;
            size = Long.parseLong(line(in).trim(), 16)) {
          body.write(in.readNBytes((int) size));
          line(in);
        }
        line(in);
      } else if (length >= 0) {
        body.write(in.readNBytes((int) length));
      }
      if (code == 200 && !body.toString(StandardCharsets.UTF_8).contains("\"replies\"")) {
        code = -3; // a 200 without an answer counts as a failure
      }
      if (close) {
        socket.close();
      }
      return code;
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder s = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          s.append((char) c);
        }
      }
      return s.toString();
    }
  }

  private static String rss(String pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS:")) {
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
      }
    }
    return "unknown";
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help")) {
        System.out.println(
            "usage: scripts/load-chat [--url http://127.0.0.1:8080] [--concurrency 32] [--rate R]"
                + " [--seconds 30] [--warmup 5] [--requests N] [--pid SERVER_PID]");
        System.exit(0);
      }
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      opts.put(args[i], args[++i]);
    }
    return opts;
  }
}
