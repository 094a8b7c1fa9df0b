package dev.nps.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Decodes (and decompresses) the text on a second thread while the caller tokenizes and counts,
 * handing over blocks of characters in order through a queue of at most {@value #BLOCKS} blocks,
 * so memory stays bounded. A read failure is reported to the caller where the text stops.
 * Closing stops the thread, which then closes the source.
 */
final class PrefetchReader extends Reader {
  private static final int BLOCKS = 4;
  private static final int BLOCK = 1 << 16;
  private static final char[] END = new char[0];

  private final Reader source;
  private final BlockingQueue<char[]> full = new ArrayBlockingQueue<>(BLOCKS);
  private final BlockingQueue<char[]> empty = new ArrayBlockingQueue<>(BLOCKS + 2);
  private final BlockingQueue<Integer> lengths = new ArrayBlockingQueue<>(BLOCKS);
  private final Thread thread;
  private volatile IOException failure;
  private volatile boolean closed;
  private char[] block;
  private int position;
  private int end;
  private boolean done;

  PrefetchReader(Reader source) {
    this.source = source;
    for (int i = 0; i < BLOCKS + 1; i++) {
      empty.add(new char[BLOCK]);
    }
    this.thread = new Thread(this::fill, "nps-decode");
    thread.setDaemon(true);
    thread.start();
  }

  private void fill() {
    try {
      decode();
    } finally {
      try {
        source.close();
      } catch (IOException e) {
        // the text was read or abandoned
      }
    }
  }

  private void decode() {
    try {
      while (!closed) {
        char[] next = empty.take();
        int length = 0;
        while (length < next.length) {
          int read = source.read(next, length, next.length - length);
          if (read < 0) {
            break;
          }
          length += read;
        }
        if (length == 0) {
          break;
        }
        lengths.put(length);
        full.put(next);
        if (length < next.length) {
          break;
        }
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      failure = new IOException(e.getClass().getSimpleName());
    }
    try {
      lengths.put(0);
      full.put(END);
    } catch (InterruptedException e) {
      // closed
    }
  }

  private boolean next() throws IOException {
    if (done) {
      return false;
    }
    if (block != null && block != END) {
      empty.add(block);
    }
    try {
      int length = lengths.take();
      block = full.take();
      position = 0;
      end = length;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
    if (block == END) {
      done = true;
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    return true;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == end && !next()) {
      return -1;
    }
    int count = Math.min(length, end - position);
    System.arraycopy(block, position, target, offset, count);
    position += count;
    return count;
  }

  @Override
  public void close() throws IOException {
    // The decoding thread closes the source as it stops; a read in progress is not waited for.
    closed = true;
    thread.interrupt();
  }
}
