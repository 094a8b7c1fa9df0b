package dev.nps.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input of a report: a file, or standard input ({@code -}), possibly gzip-compressed
 * (recognised by its first two bytes, whatever its name), decoded in a character set.
 */
final class Input {
  /** The name used in messages: the path as given, or {@code <stdin>}. */
  final String name;
  private final Path path;
  private boolean gzip;
  private Charset charset;

  private Input(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  /** Returns the input named by a command-line argument; {@code -} is standard input. */
  static Input of(String argument) {
    if (argument.equals("-")) {
      return new Input("<stdin>", null);
    }
    return new Input(argument, Path.of(argument));
  }

  boolean isStdin() {
    return path == null;
  }

  Path path() {
    return path;
  }

  /** Whether the bytes were gzip-compressed; known once opened. */
  boolean gzip() {
    return gzip;
  }

  /** The character set the text was decoded with; known once opened. */
  Charset charset() {
    return charset;
  }

  /**
   * Opens the text.
   *
   * @param stdin standard input, read when this input is {@code -}; never closed
   * @param encoding the character set, or null for UTF-8 unless a byte order mark says UTF-16
   * @throws InputException if the file is missing or unreadable
   */
  BufferedReader open(InputStream stdin, Charset encoding) throws InputException {
    InputStream bytes;
    try {
      bytes = path == null ? new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input stays open
        }
      } : Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputException(Text.escape(name) + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(Text.escape(name) + ": cannot open: permission denied");
    } catch (IOException e) {
      throw new InputException(Text.escape(name) + ": cannot open: " + e.getClass().getSimpleName(),
          e);
    }
    try {
      if (path != null && Files.isDirectory(path)) {
        throw new InputException(Text.escape(name) + ": is a directory, not a file");
      }
      BufferedInputStream buffered = new BufferedInputStream(bytes, 1 << 16);
      if (startsWith(buffered, 0x1f, 0x8b)) {
        gzip = true;
        buffered = new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
      }
      charset = encoding;
      if (startsWith(buffered, 0xef, 0xbb, 0xbf)) {
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
          buffered.skipNBytes(3);
          charset = StandardCharsets.UTF_8;
        }
      } else if (charset == null && startsWith(buffered, 0xff, 0xfe)) {
        buffered.skipNBytes(2);
        charset = StandardCharsets.UTF_16LE;
      } else if (charset == null && startsWith(buffered, 0xfe, 0xff)) {
        buffered.skipNBytes(2);
        charset = StandardCharsets.UTF_16BE;
      }
      if (charset == null) {
        charset = StandardCharsets.UTF_8;
      }
      // Undecodable bytes become U+FFFD; the readers report such a row as a bad row and say
      // which encoding to try.
      // Decoding runs on a second thread, ahead of the tokenizer.
      return new BufferedReader(new PrefetchReader(new InputStreamReader(buffered,
          charset.newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE))), 1 << 16);
    } catch (IOException e) {
      close(bytes);
      throw new InputException(Text.escape(name) + ": cannot read: "
          + (gzip ? "not a valid gzip stream" : e.getClass().getSimpleName()), e);
    } catch (InputException e) {
      close(bytes);
      throw e;
    }
  }

  private static void close(InputStream bytes) {
    try {
      bytes.close();
    } catch (IOException ignored) {
      // the open failed already
    }
  }

  private static boolean startsWith(BufferedInputStream in, int... prefix) throws IOException {
    in.mark(prefix.length);
    try {
      for (int b : prefix) {
        if (in.read() != b) {
          return false;
        }
      }
      return true;
    } finally {
      in.reset();
    }
  }

  /**
   * Decides how to read the text: by {@code --input-format}, else by the name (without a
   * {@code .gz}), else by its first character ({@code [} a JSON array, <code>{</code> JSON
   * Lines, anything else CSV).
   *
   * @return csv, jsonl or json
   */
  String format(String inputFormat, BufferedReader reader) throws IOException, InputException {
    if (inputFormat != null) {
      String format = inputFormat.toLowerCase(Locale.ROOT);
      if (!format.equals("csv") && !format.equals("jsonl") && !format.equals("json")) {
        throw new InputException("--input-format must be csv, jsonl or json, was "
            + Text.quote(inputFormat));
      }
      return format;
    }
    String file = name.toLowerCase(Locale.ROOT);
    if (file.endsWith(".gz")) {
      file = file.substring(0, file.length() - 3);
    }
    if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
      return "jsonl";
    }
    if (file.endsWith(".csv") || file.endsWith(".tsv") || file.endsWith(".txt")) {
      return "csv";
    }
    int first = firstNonBlank(reader);
    if (first == '[') {
      return "json";
    }
    if (first == '{') {
      return "jsonl";
    }
    return "csv";
  }

  private static int firstNonBlank(BufferedReader reader) throws IOException {
    reader.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = reader.read();
        if (c < 0 || !Character.isWhitespace(c)) {
          return c;
        }
      }
      return -1;
    } finally {
      reader.reset();
    }
  }
}
