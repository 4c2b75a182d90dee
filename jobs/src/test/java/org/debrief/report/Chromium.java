package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debrief.common.Json;

/**
 * Headless Chromium driven over the DevTools protocol: a page's console errors, its layout and a
 * screenshot. Chromium listens on a random loopback port only, and is killed on close.
 */
final class Chromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** Every event the page sent, in order. */
  final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, String pageSocket) {
    this.process = process;
    this.profile = profile;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(pageSocket), new Listener())
            .join();
  }

  static Chromium start(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("debrief-chromium-");
    Process p =
        new ProcessBuilder(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String browserSocket = awaitListening(p);
    URI base = URI.create(browserSocket.replaceFirst("^ws://", "http://"));
    String pageSocket = firstPage(URI.create("http://" + base.getAuthority() + "/json/list"));
    return new Chromium(p, profile, pageSocket);
  }

  private static String awaitListening(Process p) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        // Keep draining stderr so Chromium never blocks on a full pipe.
        Thread drain = new Thread(() -> err.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IOException("chromium exited before opening DevTools (exit " + p.exitValue() + ")");
  }

  private static String firstPage(URI list) throws IOException {
    try {
      String body =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      for (JsonNode t : Json.MAPPER.readTree(body)) {
        if ("page".equals(t.path("type").asText())) {
          return t.get("webSocketDebuggerUrl").asText();
        }
      }
      throw new IOException("no page target in " + body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Sends a DevTools command and waits for its result. */
  JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    ObjectNode msg = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
    msg.set("params", Json.MAPPER.valueToTree(params));
    socket.sendText(Json.MAPPER.writeValueAsString(msg), true).join();
    JsonNode reply = f.get(60, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + ": " + reply.get("error"));
    }
    return reply.get("result");
  }

  /** Waits until an event named {@code method} arrives. */
  void await(String method, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (events.stream().noneMatch(e -> method.equals(e.path("method").asText()))) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("no " + method + " within " + timeout);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    // Chromium's helper processes (renderer, crashpad) outlive the browser and keep writing to
    // the profile: stop them all before the profile goes.
    List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    try {
      for (ProcessHandle h : all) {
        try {
          h.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException
            | java.util.concurrent.ExecutionException e) {
          h.destroyForcibly();
        }
      }
      deleteProfile();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A few tries: a dying helper process may still add a file while the tree is deleted. */
  private void deleteProfile() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        org.debrief.common.fs.Location.local(profile).deleteTree();
        return;
      } catch (java.io.UncheckedIOException e) {
        if (attempt == 5 || !(e.getCause() instanceof java.nio.file.DirectoryNotEmptyException)) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = Json.MAPPER.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (IOException e) {
          throw new IllegalStateException("unreadable DevTools message", e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
