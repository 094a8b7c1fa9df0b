package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Nps;
import dev.nps.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestPerRespondentTest {
  private static final PeriodScheme MONTHS = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);

  private static Response response(String id, int score, String at) {
    return Response.builder().score(score).respondentId(id)
        .answeredAt(at == null ? null : Instant.parse(at)).build();
  }

  @Test
  void keepsTheLatestAnswerPerRespondentAndMonth() {
    Response aEarly = response("a", 3, "2026-01-05T00:00:00Z");
    Response aLate = response("a", 9, "2026-01-20T00:00:00Z");
    Response aNextMonth = response("a", 7, "2026-02-01T00:00:00Z");
    Response b = response("b", 10, "2026-01-07T00:00:00Z");
    Response anonymous1 = Response.of(0);
    Response anonymous2 = Response.of(0);
    LatestPerRespondent result = LatestPerRespondent.of(
        List.of(aLate, anonymous1, aEarly, b, aNextMonth, anonymous2), MONTHS);
    assertEquals(List.of(aLate, anonymous1, b, aNextMonth, anonymous2), result.kept());
    assertEquals(1, result.replaced());
    assertEquals(2, result.anonymous());
    assertEquals(Nps.ofAnswers(9, 0, 10, 7, 0), Nps.of(result.kept()));
  }

  @Test
  void onEqualInstantsTheLaterInputWins() {
    Response first = response("a", 3, "2026-01-05T00:00:00Z");
    Response second = response("a", 4, "2026-01-05T00:00:00Z");
    assertEquals(List.of(second), LatestPerRespondent.of(List.of(first, second), MONTHS).kept());
  }

  @Test
  void identifiedResponsesWithoutTimeAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LatestPerRespondent.of(List.of(Response.of(1), response("a", 3, null)), MONTHS));
    assertEquals("response at position 1 has a respondent id but no answeredAt:"
        + " which of the respondent's answers is the latest cannot be told", e.getMessage());
  }

  @Test
  void accumulatorWithoutPeriodsKeepsOneAnswerPerRespondentInEverything() {
    Response aJanuary = response("a", 0, "2026-01-05T00:00:00Z");
    Response aMarch = response("a", 10, "2026-03-05T00:00:00Z");
    Response aFebruary = response("a", 7, "2026-02-05T00:00:00Z");
    Response bUndated = response("b", 3, null);
    Response bDated = response("b", 9, "2025-01-01T00:00:00Z");
    Response cUndated = response("c", 1, null);
    Response cUndatedLater = response("c", 2, null);
    Response anonymous = Response.of(5);
    LatestPerRespondent.Accumulator accumulator = LatestPerRespondent.accumulator();
    for (Response r : List.of(aJanuary, aMarch, bDated, bUndated, aFebruary, cUndated, anonymous,
        cUndatedLater)) {
      accumulator.add(r);
    }
    LatestPerRespondent result = accumulator.snapshot();
    // a: March is the latest although February comes later in the input; b: the dated answer
    // beats the undated one; c: both undated, the later input wins. Kept in input order.
    assertEquals(List.of(aMarch, bDated, anonymous, cUndatedLater), result.kept());
    // 8 added, 4 kept.
    assertEquals(4, result.replaced());
    assertEquals(1, result.anonymous());
    assertEquals(8, accumulator.added());
  }

  @Test
  void accumulatorAgreesWithOfAndCanGoOnAfterASnapshot() {
    Response a1 = response("a", 3, "2026-01-05T00:00:00Z");
    Response a2 = response("a", 9, "2026-01-20T00:00:00Z");
    LatestPerRespondent.Accumulator accumulator = LatestPerRespondent.accumulator(MONTHS);
    accumulator.add(a1);
    assertEquals(List.of(a1), accumulator.snapshot().kept());
    accumulator.add(a2);
    assertEquals(LatestPerRespondent.of(List.of(a1, a2), MONTHS).kept(),
        accumulator.snapshot().kept());
  }

  @Test
  void aRejectedResponseLeavesTheAccumulatorUnchanged() {
    LatestPerRespondent.Accumulator accumulator = LatestPerRespondent.accumulator(MONTHS);
    accumulator.add(response("a", 3, "2026-01-05T00:00:00Z"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.add(response("b", 4, null)));
    assertEquals("response at position 1 has a respondent id but no answeredAt:"
        + " which of the respondent's answers is the latest cannot be told", e.getMessage());
    assertEquals(1, accumulator.added());
    assertEquals(1, accumulator.snapshot().kept().size());
  }
}
