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
}
