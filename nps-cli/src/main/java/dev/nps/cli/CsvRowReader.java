package dev.nps.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CSV file with a header row. It detects the delimiter from the header ({@code ,} {@code
 * ;} tab {@code |}, or Excel's {@code sep=} line) unless {@code --delimiter} names it, skips
 * {@code --skip-rows} lines before the header, and recognises the extra header rows of survey
 * exports: SurveyMonkey's row of answer types ("Response", "Open-Ended Response") and Qualtrics'
 * rows of question texts and <code>{"ImportId":...}</code> descriptors. Columns are found by
 * name, without regard to case, or by 1-based position. Line numbers in messages are the file's
 * own, counting skipped, blank and multi-line rows.
 */
final class CsvRowReader implements RowReader {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String file;
  private final CsvTokenizer tokenizer;
  private final Header header;
  private final int[] slots;
  private final RowParser parser;
  private final Deque<String[]> pending = new ArrayDeque<>();
  private final Deque<Long> pendingLines = new ArrayDeque<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> absent = new ArrayList<>();
  private final BufferedReader reader;
  private final Columns columns;
  private FastCounts counts;
  private final TimeParser times;
  private final boolean readContacts;

  CsvRowReader(Input input, BufferedReader reader, ReadOptions options)
      throws InputException, IOException {
    this.file = input.name;
    this.reader = reader;
    Limits limits = options.limits;
    long line = 1;
    for (int i = 0; i < options.skipRows; i++) {
      if (!skipLine(reader, limits, file, line)) {
        throw new InputException(file + ": the file has fewer than " + options.skipRows
            + " lines to skip (--skip-rows) and no header");
      }
      line++;
    }
    Character delimiter = options.delimiter;
    String sep = separatorLine(reader);
    if (sep != null) {
      line++;
      if (delimiter == null) {
        delimiter = sep.charAt(0);
      }
    }
    if (delimiter == null) {
      delimiter = detect(reader, limits);
      if (delimiter != ',') {
        notes.add(file + ": " + delimiterName(delimiter) + "-separated (detected from the header;"
            + " --delimiter sets it)");
      }
    }
    this.tokenizer = new CsvTokenizer(reader, delimiter, limits, file, line);
    String[] names = tokenizer.next();
    if (names == null) {
      throw new InputException(file + ": the file is empty: expected a header row naming the"
          + " columns, such as " + Text.quote(options.columns.score));
    }
    Header found = Header.of(names);
    // Lookahead: the rows after the header may be more header rows.
    for (int i = 0; i < 2; i++) {
      String[] record = tokenizer.next();
      if (record == null) {
        break;
      }
      pending.add(record);
      pendingLines.add(tokenizer.recordLine());
    }
    ZoneId declaredZone = null;
    List<String[]> lookahead = new ArrayList<>(pending);
    String timeImportId = null;
    if (lookahead.size() >= 2 && hasImportIds(lookahead.get(1))) {
      found.texts(trimmed(lookahead.get(0)));
      timeImportId = "qualtrics";
      dropPending(2);
      notes.add(file + ": skipped 2 extra header rows (Qualtrics: question texts and ImportId"
          + " descriptors)");
    } else if (!lookahead.isEmpty() && hasImportIds(lookahead.get(0))) {
      timeImportId = "qualtrics";
      dropPending(1);
      notes.add(file + ": skipped 1 extra header row (Qualtrics ImportId descriptors)");
    }
    Columns columns = options.columns;
    int score = found.find(columns.ref(Columns.SCORE), file);
    if (!pending.isEmpty() && score >= 0 && score < pending.peekFirst().length) {
      String cell = RowParser.trim(pending.peekFirst()[score]);
      if (cell.equalsIgnoreCase("Response") || cell.equalsIgnoreCase("Open-Ended Response")) {
        found = subheaded(found, pending.peekFirst());
        dropPending(1);
        notes.add(file + ": skipped 1 extra header row (SurveyMonkey: answer types)");
      }
    }
    this.header = found;
    if (header.size() > limits.columns) {
      throw new InputException(file + ": the header has more than "
          + Limits.count(limits.columns) + " columns (--max-columns)");
    }
    this.slots = new int[columns.slots()];
    for (int slot = 0; slot < slots.length; slot++) {
      if (slot >= columns.contactSlot(0) && !options.readContacts) {
        slots[slot] = -1;
        continue;
      }
      ColumnRef ref = columns.ref(slot);
      int index = header.find(ref, file);
      if (index < 0 && ref.required) {
        String hint = separatorHint(header, delimiter);
        throw new InputException(header.missing(ref, file, hint.isEmpty()) + hint);
      }
      if (index < 0) {
        absent.add(ref.text);
      }
      slots[slot] = index;
    }
    if (timeImportId != null && slots[Columns.TIME] >= 0 && lookahead.size() >= 1) {
      declaredZone = importZone(lookahead.get(lookahead.size() >= 2 ? 1 : 0),
          slots[Columns.TIME]);
    }
    this.columns = named(columns, header, slots);
    TimeParser times = options.times;
    if (declaredZone != null) {
      times = times.withZone(declaredZone);
      notes.add(file + ": times in " + Text.quote(header.name(slots[Columns.TIME]))
          + " without an offset are local times in " + declaredZone
          + ", as the export's ImportId row says");
    }
    boolean decimalComma = options.decimalComma != null ? options.decimalComma
        : delimiter == ';';
    if (decimalComma && options.decimalComma == null && slots[Columns.WEIGHT] >= 0) {
      notes.add(file + ": weights are read with a decimal comma, as the file is ;-separated");
    }
    this.times = times;
    this.readContacts = options.readContacts;
    this.parser = new RowParser(this.columns, options.values, times, decimalComma,
        options.readContacts, options.encodingHint(input.charset()));
  }

  /** The notes on how the file was read, for the report. */
  List<String> notes() {
    return notes;
  }

  /** The optional columns that this file lacks. */
  List<String> absent() {
    return absent;
  }

  /** The resolved header. */
  Header header() {
    return header;
  }

  /**
   * The columns, with segment and contact columns given by position named after this file's
   * header, so that the report shows "region", not "3".
   */
  Columns columns() {
    return columns;
  }

  private static Columns named(Columns columns, Header header, int[] slots) {
    List<ColumnRef> refs = new ArrayList<>(columns.refs);
    boolean renamed = false;
    for (int slot = Columns.segmentSlot(0); slot < refs.size(); slot++) {
      ColumnRef ref = refs.get(slot);
      int index = slots[slot];
      if (index >= 0 && ref.isPosition() && !header.name(index).equals(ref.text)) {
        String name = header.name(index).isEmpty() ? "column " + (index + 1)
            : header.name(index);
        refs.set(slot, new ColumnRef(name, ref.source, ref.role, ref.required));
        renamed = true;
      }
    }
    if (!renamed) {
      return columns;
    }
    return columns.renamed(refs);
  }

  /** The 0-based column of a slot, or -1. */
  int column(int slot) {
    return slots[slot];
  }

  private void dropPending(int count) {
    for (int i = 0; i < count; i++) {
      pending.removeFirst();
      pendingLines.removeFirst();
    }
  }

  private static List<String> trimmed(String[] fields) {
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      out.add(RowParser.trim(field));
    }
    return out;
  }

  private static boolean hasImportIds(String[] record) {
    for (String field : record) {
      if (RowParser.trim(field).startsWith("{\"ImportId\"")) {
        return true;
      }
    }
    return false;
  }

  /** The zone a Qualtrics descriptor declares for a column, such as America/Denver. */
  private static ZoneId importZone(String[] descriptors, int column) {
    if (column >= descriptors.length) {
      return null;
    }
    String text = RowParser.trim(descriptors[column]);
    if (!text.startsWith("{") || text.length() > 1000) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(text);
      JsonNode zone = node == null ? null : node.get("timeZone");
      return zone == null || !zone.isString() ? null : ZoneId.of(zone.asString());
    } catch (JacksonException | DateTimeException e) {
      return null;
    }
  }

  /**
   * SurveyMonkey leaves the header blank over the second and later columns of a question with
   * several columns and names the options in its second row; such a column is named "question -
   * option".
   */
  private static Header subheaded(Header header, String[] subheader) {
    List<String> names = new ArrayList<>(header.names());
    String last = "";
    for (int i = 0; i < names.size(); i++) {
      String sub = i < subheader.length ? RowParser.trim(subheader[i]) : "";
      if (!names.get(i).isEmpty()) {
        last = names.get(i);
      } else if (!last.isEmpty() && !sub.isEmpty()) {
        names.set(i, last + " - " + sub);
      }
    }
    Header named = new Header(names);
    named.texts(header.texts());
    return named;
  }

  /** Reads past one line, bounded. */
  private static boolean skipLine(BufferedReader reader, Limits limits, String file, long line)
      throws IOException, InputException {
    long length = 0;
    int c;
    while ((c = reader.read()) >= 0) {
      if (c == '\n') {
        return true;
      }
      if (++length > limits.lineLength) {
        throw new InputException(file + ":" + line + ": a line is longer than "
            + Limits.count(limits.lineLength) + " characters (--max-line-length)");
      }
    }
    return length > 0;
  }

  /** Reads Excel's "sep=;" first line, if there is one. */
  private static String separatorLine(BufferedReader reader) throws IOException {
    reader.mark(8);
    char[] start = new char[6];
    int read = reader.read(start, 0, 6);
    String text = read < 0 ? "" : new String(start, 0, read);
    if (text.startsWith("sep=") && text.length() >= 5 && text.charAt(4) != '\n'
        && (text.length() == 5 || text.charAt(5) == '\n' || text.charAt(5) == '\r')) {
      if (text.length() == 6 && text.charAt(5) == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
      }
      return text.substring(4, 5);
    }
    reader.reset();
    return null;
  }

  /** Picks the delimiter that occurs most often outside quotes in the first record. */
  private static char detect(BufferedReader reader, Limits limits) throws IOException {
    int limit = limits.lineLength;
    reader.mark(limit + 1);
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    try {
      for (int i = 0; i < limit; i++) {
        int c = reader.read();
        if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
          break;
        }
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          for (int d = 0; d < DELIMITERS.length; d++) {
            if (c == DELIMITERS[d]) {
              counts[d]++;
            }
          }
        }
      }
    } finally {
      reader.reset();
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DELIMITERS[best];
  }

  static String delimiterName(char delimiter) {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }

  /** A hint when a one-column header looks separated by another character. */
  private static String separatorHint(Header header, char delimiter) {
    if (header.size() != 1) {
      return "";
    }
    String only = header.name(0);
    for (char candidate : DELIMITERS) {
      if (candidate != delimiter && only.indexOf(candidate) >= 0) {
        return "; the header looks " + delimiterName(candidate) + "-separated: try --delimiter "
            + (candidate == '\t' ? "tab" : "'" + candidate + "'");
      }
    }
    return "";
  }

  @Override
  public void countInto(FastCounts counts) {
    this.counts = readContacts ? null : counts;
  }

  @Override
  public Row next() throws InputException, IOException {
    if (!pending.isEmpty()) {
      String[] record = pending.removeFirst();
      long line = pendingLines.removeFirst();
      if (record.length != header.size()) {
        return wrongFieldCount(line, record.length);
      }
      return parser.parse(line, slot -> {
        int index = slots[slot];
        return index < 0 ? null : record[index];
      });
    }
    if (!tokenizer.advance()) {
      return null;
    }
    long line = tokenizer.recordLine();
    int fields = tokenizer.fieldCount();
    if (fields != header.size()) {
      return wrongFieldCount(line, fields);
    }
    if (counts != null && counts.add(line, tokenizer.chars(), tokenizer.starts(),
        tokenizer.ends(), slots, times)) {
      return Row.COUNTED;
    }
    return parser.parse(line, slot -> {
      int index = slots[slot];
      return index < 0 ? null : tokenizer.field(index);
    });
  }

  private Row wrongFieldCount(long line, int found) {
    return Row.bad(line, "wrong number of fields",
        "expected " + header.size() + " fields as in the header, found " + found);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  @Override
  public String toString() {
    return "CsvRowReader{" + file + ", columns " + Arrays.toString(slots) + " of "
        + header.size() + "}";
  }
}
