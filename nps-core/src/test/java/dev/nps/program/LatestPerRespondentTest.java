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
}
