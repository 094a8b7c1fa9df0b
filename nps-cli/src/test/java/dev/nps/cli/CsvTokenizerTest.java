package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records with line numbers, and the columns of a header. */
class CsvTokenizerTest {
  private static CsvTokenizer tokenizer(String text, char delimiter) {
    return new CsvTokenizer(new StringReader(text), delimiter, Limits.defaults(), "f.csv", 1);
  }

  @Test
  void recordsWithQuotesLineBreaksAndLineNumbers() throws IOException, InputException {
    CsvTokenizer csv = tokenizer("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\n\"two\nlines\",x\rlast,"
        + "\"q\"tail,mid\"dle,\n", ',');
    assertArrayEquals(new String[] {"a", "b,c", "say \"hi\""}, csv.next());
    assertEquals(1, csv.recordLine());
    // Line 2 is empty and skipped; the record on line 3 spans lines 3 and 4.
    assertArrayEquals(new String[] {"two\nlines", "x"}, csv.next());
    assertEquals(3, csv.recordLine());
    // A lone CR ends a line too; text after a closing quote is kept; a quote inside is data.
    assertArrayEquals(new String[] {"last", "qtail", "mid\"dle", ""}, csv.next());
    assertEquals(5, csv.recordLine());
    assertNull(csv.next());
  }

  @Test
  void anyDelimiterAndNoFinalLineBreak() throws IOException, InputException {
    CsvTokenizer csv = tokenizer("a;b\tc;\"d;e\"", ';');
    assertArrayEquals(new String[] {"a", "b\tc", "d;e"}, csv.next());
    assertNull(csv.next());
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() {
    CsvTokenizer csv = tokenizer("score,comment\n9,\"never\nclosed\n", ',');
    InputException e = assertThrows(InputException.class, () -> {
      csv.next();
      csv.next();
    });
    assertEquals("f.csv:2: a quoted field opened on this line is never closed", e.getMessage());
  }

  @Test
  void headerColumnsByNameCaseOrPosition() throws InputException {
    Header header = new Header(List.of("Score", "region", "REGION", "", "3"));
    assertEquals(0, header.find(new ColumnRef("score", "--score-column", "the score", true),
        "f"));
    assertEquals(1, header.find(new ColumnRef("region", "--by", "a segment", true), "f"));
    InputException ambiguous = assertThrows(InputException.class,
        () -> header.find(new ColumnRef("Region", "--by", "a segment", true), "f"));
    assertEquals("f: column 'Region' of --by fits columns 2 and 3; name it by its 1-based"
        + " position instead", ambiguous.getMessage());
    assertEquals(3, header.find(new ColumnRef("4", "--by", "a segment", true), "f"));
    // A column named "3" is found by name before position 3.
    assertEquals(4, header.find(new ColumnRef("3", "--by", "a segment", true), "f"));
    InputException beyond = assertThrows(InputException.class,
        () -> header.find(new ColumnRef("9", "--by", "a segment", true), "f"));
    assertEquals("f: column position '9' of --by is outside the header's 5 columns",
        beyond.getMessage());
    assertEquals(-1, header.find(new ColumnRef("plan", "--by", "a segment", true), "f"));
  }

  @Test
  void aMissNamesTheNearestColumns() {
    Header header = new Header(List.of("respondent", "score", "region", "answered_at"));
    assertEquals("f: missing column 'scor', the score column (--score-column); did you mean"
        + " 'score'?; the header has [respondent, score, region, answered_at]",
        header.missing(new ColumnRef("scor", "--score-column", "the score column", true), "f"));
    assertEquals(List.of("answered_at"), header.suggestions("answered"));
    assertEquals(List.of(), header.suggestions("weight"));
  }
}
