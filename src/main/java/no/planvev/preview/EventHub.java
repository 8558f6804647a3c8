package no.planvev.preview;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Hands each new {@link ServedSite} to every open event stream. */
final class EventHub {

  /** One open stream; its handler thread takes from the queue. */
  static final class Subscription {
    private final BlockingQueue<ServedSite> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    /** The next site to announce; null after the timeout (time for a keep-alive) or when closed. */
    ServedSite next(long timeout, TimeUnit unit) throws InterruptedException {
      if (closed) return null;
      ServedSite s = queue.poll(timeout, unit);
      // Several builds queued: only the latest matters.
      ServedSite newer;
      while (s != null && (newer = queue.poll()) != null) s = newer;
      return s;
    }

    boolean closed() {
      return closed;
    }

    void close() {
      closed = true;
      queue.offer(ServedSite.starting());
    }
  }

  /**
   * Open streams at most. Each holds one of the server's threads while it lasts, so without a cap a
   * few hundred tabs (or a careless script) would leave none for pages.
   */
  static final int DEFAULT_LIMIT = 64;

  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final int limit;
  private volatile boolean closed;

  EventHub() {
    this(DEFAULT_LIMIT);
  }

  EventHub(int limit) {
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** A new stream, or null when {@link #limit} streams are open. */
  synchronized Subscription subscribe() {
    if (subscriptions.size() >= limit) return null;
    Subscription s = new Subscription();
    subscriptions.add(s);
    if (closed) s.close();
    return s;
  }

  void unsubscribe(Subscription s) {
    subscriptions.remove(s);
  }

  void publish(ServedSite site) {
    for (Subscription s : subscriptions) s.queue.offer(site);
  }

  int size() {
    return subscriptions.size();
  }

  /** Ends every stream, so the server can stop. */
  void close() {
    closed = true;
    for (Subscription s : subscriptions) s.close();
  }
}
