package dev.nps.internal;

import dev.nps.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The orders of follow-up lists, shared by NPS ({@code dev.nps.program.FollowUp}) and CSAT
 * ({@code dev.nps.csat.CsatFollowUp}) so that both call people back in the same order.
 */
public final class FollowUpOrder {
  private static final Comparator<Optional<Instant>> OLDEST_FIRST_UNKNOWN_LAST =
      Comparator.comparing(at -> at.orElse(Instant.MAX));
  private static final Comparator<Optional<Instant>> NEWEST_FIRST_UNKNOWN_LAST =
      Comparator.comparing(at -> at.orElse(Instant.MIN), Comparator.reverseOrder());

  /**
   * People to call back: lowest answer first; within an answer, without a comment first (a call
   * is the only way to learn their reason); then oldest answer first (they have waited longest),
   * unknown time last. Stable sorts keep input order among equals.
   */
  public static final Comparator<Response> CALL_BACK =
      Comparator.comparingInt(Response::score)
          .thenComparing(Response::hasComment)
          .thenComparing(Response::answeredAt, OLDEST_FIRST_UNKNOWN_LAST);

  /**
   * People to ask for a review or to thank: highest answer first; within an answer, with a
   * comment first (their words can seed a review); then most recent answer first, unknown time
   * last.
   */
  public static final Comparator<Response> ACKNOWLEDGE =
      Comparator.comparingInt(Response::score).reversed()
          .thenComparing(Response::hasComment, Comparator.reverseOrder())
          .thenComparing(Response::answeredAt, NEWEST_FIRST_UNKNOWN_LAST);

  private FollowUpOrder() {}
}
