package dev.nps.cli;

/**
 * Input that cannot be reported on: a missing file, a missing column, an empty file, or (in strict
 * mode) a bad row. The message names the file and, where there is one, the line and the value.
 */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
