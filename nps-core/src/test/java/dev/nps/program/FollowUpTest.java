package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Category;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.stats.Rate;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private static Response response(String id, int score, String comment, String at) {
    return Response.builder()
        .score(score)
        .respondentId(id)
        .comment(comment)
        .answeredAt(at == null ? null : Instant.parse(at))
        .segment(Segment.of("region", "EU"))
        .build();
  }

  private static List<String> ids(List<Response> responses) {
    return responses.stream().map(r -> r.respondentId().orElseThrow())
        .collect(Collectors.toList());
  }

  private static final List<Response> RESPONSES = List.of(
      response("d6-comment", 6, "Too slow", "2026-01-05T10:00:00Z"),
      response("p9-old", 9, null, "2026-01-01T10:00:00Z"),
      response("d0-comment", 0, "Broken", "2026-01-03T10:00:00Z"),
      response("d6-silent-new", 6, null, "2026-01-09T10:00:00Z"),
      response("passive", 7, "ok", "2026-01-02T10:00:00Z"),
      response("p10-silent", 10, null, "2026-01-04T10:00:00Z"),
      response("d6-silent-old", 6, "", "2026-01-02T10:00:00Z"),
      response("d0-silent-undated", 0, null, null),
      response("d0-silent", 0, null, "2026-01-06T10:00:00Z"),
      response("p9-new", 9, null, "2026-01-08T10:00:00Z"),
      response("p10-comment", 10, "Love it", "2026-01-02T10:00:00Z"));

  @Test
  void detractorsLowestScoreFirstThenWithoutCommentFirstThenOldestFirst() {
    assertEquals(
        List.of("d0-silent", "d0-silent-undated", "d0-comment",
            "d6-silent-old", "d6-silent-new", "d6-comment"),
        ids(FollowUp.of(RESPONSES).detractors()));
  }

  @Test
  void reviewCandidatesTensBeforeNinesThenCommentedThenNewestFirst() {
    assertEquals(
        List.of("p10-comment", "p10-silent", "p9-new", "p9-old"),
        ids(FollowUp.of(RESPONSES).reviewCandidates()));
  }

  @Test
  void commentRatesPerCategory() {
    FollowUp followUp = FollowUp.of(RESPONSES);
    // Detractors: 6, of which "Too slow" and "Broken" commented (the blank one does not count).
    assertEquals(6, followUp.count(Category.DETRACTOR));
    assertEquals(2, followUp.comments(Category.DETRACTOR));
    assertEquals(100.0 * 2 / 6, followUp.commentPercent(Category.DETRACTOR), 1e-12);
    assertEquals(100.0, followUp.commentPercent(Category.PASSIVE), 1e-12);
    assertEquals(25.0, followUp.commentPercent(Category.PROMOTER), 1e-12);
    // As rates: 2 of 6 detractors, 1 of 1 passive, 1 of 4 promoters.
    assertEquals(Rate.of(2, 6), followUp.commentRate(Category.DETRACTOR));
    assertEquals(Rate.of(1, 1), followUp.commentRate(Category.PASSIVE));
    assertEquals(Rate.of(1, 4), followUp.commentRate(Category.PROMOTER));
  }

  @Test
  void commentRateOfAnAbsentCategoryIsUndefined() {
    FollowUp followUp = FollowUp.of(List.of(Response.of(9)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> followUp.commentPercent(Category.DETRACTOR));
    assertEquals("comment rate of DETRACTOR is undefined: there are no such responses",
        e.getMessage());
    assertEquals(Rate.empty(), followUp.commentRate(Category.DETRACTOR));
  }
}
