package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of single-threaded lanes with bounded queues. A chat always uses the same lane, so
 * its messages are answered in the order they were sent; different chats proceed in parallel. A
 * lane's thread exists only while it has work.
 */
final class ChatLanes {

  private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

  ChatLanes(String name, int count, int queuePerLane) {
    NamedThreads threads = new NamedThreads(name);
    for (int i = 0; i < count; i++) {
      ThreadPoolExecutor lane =
          new ThreadPoolExecutor(
              1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queuePerLane), threads);
      lane.allowCoreThreadTimeOut(true);
      lanes.add(lane);
    }
  }

  /** Queues the task on the chat's lane; false when that lane is full or closed. */
  boolean submit(long chatId, Runnable task) {
    try {
      lanes.get(lane(chatId)).execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Lets queued work finish for up to {@code grace}, then interrupts what is left.
   *
   * @return whether every lane finished within the grace period
   */
  boolean close(Duration grace) throws InterruptedException {
    lanes.forEach(ThreadPoolExecutor::shutdown);
    long deadline = System.nanoTime() + grace.toNanos();
    boolean finished = true;
    for (ThreadPoolExecutor lane : lanes) {
      long left = deadline - System.nanoTime();
      if (!lane.awaitTermination(Math.max(0, left), TimeUnit.NANOSECONDS)) {
        finished = false;
      }
    }
    if (!finished) {
      lanes.forEach(ThreadPoolExecutor::shutdownNow);
      for (ThreadPoolExecutor lane : lanes) {
        lane.awaitTermination(5, TimeUnit.SECONDS);
      }
    }
    return finished;
  }

  private int lane(long chatId) {
    // spread consecutive ids (users' ids are close together) across the lanes
    long mixed = chatId * 0x9E3779B97F4A7C15L;
    return (int) Math.floorMod(mixed ^ (mixed >>> 32), (long) lanes.size());
  }
}
