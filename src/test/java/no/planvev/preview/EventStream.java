package no.planvev.preview;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client for {@code /__planvev/events}: collects events as (name, data) pairs. */
final class EventStream implements AutoCloseable {

  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  final int status;

  EventStream(Fixtures.Served served, String page, String lang) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(served.uri("/__planvev/events?path=" + page + "&lang=" + lang))
            .build();
    response = Fixtures.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> r = response.get(5, TimeUnit.SECONDS);
    status = r.statusCode();
    Thread reader =
        new Thread(
            () -> {
              String[] name = {"message"};
              StringBuilder data = new StringBuilder();
              try {
                r.body()
                    .forEach(
                        line -> {
                          if (line.isEmpty()) {
                            if (data.length() > 0) events.add(new Event(name[0], data.toString()));
                            name[0] = "message";
                            data.setLength(0);
                          } else if (line.startsWith("event: ")) {
                            name[0] = line.substring(7);
                          } else if (line.startsWith("data: ")) {
                            data.append(line.substring(6));
                          }
                        });
              } catch (RuntimeException e) {
                // stream closed
              }
            },
            "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next event, waiting at most a few seconds; fails the test when none comes. */
  Event next() throws InterruptedException {
    Event e = events.poll(10, TimeUnit.SECONDS);
    if (e == null) throw new AssertionError("no event came");
    return e;
  }

  /** The next event, or null if none comes within {@code millis}. */
  Event poll(long millis) throws InterruptedException {
    return events.poll(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
  }
}
