package dev.nps.cli;

import java.io.Closeable;
import java.io.IOException;

/** Reads the data rows of one input file, one at a time, never holding them all. */
interface RowReader extends Closeable {

  /**
   * Returns the next row, good or bad.
   *
   * @return the row, or null at the end of the file
   * @throws InputException if the file itself is unreadable (not a single bad row)
   */
  Row next() throws InputException, IOException;

  /**
   * Lets the reader count plain good rows straight into {@code counts}, returning
   * {@link Row#COUNTED} for them; a reader that cannot returns every row as before.
   */
  default void countInto(FastCounts counts) {
    // rows are returned one by one
  }
}
