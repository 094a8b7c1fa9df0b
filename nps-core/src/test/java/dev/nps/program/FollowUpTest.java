package dev.nps.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void perAnswerListsNameARespondentOnBothListsAndSeveralTimes() {
    List<Response> answers = List.of(
        response("x", 2, null, "2026-01-01T10:00:00Z"),
        response("x", 3, null, "2026-02-01T10:00:00Z"),
        response("x", 10, null, "2026-03-01T10:00:00Z"));
    FollowUp perAnswer = FollowUp.of(answers);
    assertEquals(List.of("x", "x"), ids(perAnswer.detractors()));
    assertEquals(List.of("x"), ids(perAnswer.reviewCandidates()));
    assertEquals(0, perAnswer.replaced());
  }

  @Test
  void onePerRespondentListsEachPersonOnceByTheLatestAnswer() {
    FollowUp.Builder builder = FollowUp.onePerRespondent();
    // x: 2, then 3, then 10 (latest): a promoter only. y: 10, then 4 (latest): a detractor only.
    // z: 8 then 1, but the 1 is older: a passive, on neither list. Two anonymous 0s stay two.
    builder.add(response("x", 2, null, "2026-01-01T10:00:00Z"));
    builder.add(response("y", 10, "Great", "2026-01-02T10:00:00Z"));
    builder.add(response("x", 3, null, "2026-02-01T10:00:00Z"));
    builder.add(response("z", 8, null, "2026-03-01T10:00:00Z"));
    builder.add(Response.builder().score(0).build());
    builder.add(response("y", 4, null, "2026-02-02T10:00:00Z"));
    builder.add(response("x", 10, "Thanks", "2026-03-01T10:00:00Z"));
    builder.add(response("z", 1, null, "2026-02-01T10:00:00Z"));
    builder.add(Response.builder().score(0).comment("anon").build());
    FollowUp people = builder.build();
    assertEquals(3, people.detractors().size());
    assertEquals("y", people.detractors().get(2).respondentId().orElseThrow());
    assertTrue(people.detractors().get(0).respondentId().isEmpty());
    assertEquals(List.of("x"), ids(people.reviewCandidates()));
    // 9 answers: entries x, y, z and two anonymous ones; 4 answers replaced.
    assertEquals(4, people.replaced());
    assertEquals(2, people.anonymous());
    assertEquals(3, people.count(Category.DETRACTOR));
    assertEquals(1, people.count(Category.PASSIVE));
    assertEquals(1, people.count(Category.PROMOTER));
    // Detractor entries: y (no comment), anonymous 0 (none), anonymous 0 ("anon"): 1 of 3.
    assertEquals(1, people.comments(Category.DETRACTOR));
  }

  @Test
  void onePerRespondentPerPeriodListsAPersonOncePerPeriod() {
    PeriodScheme months =
        PeriodScheme.calendar(Granularity.MONTH, java.time.ZoneOffset.UTC);
    FollowUp.Builder builder = FollowUp.onePerRespondent(months);
    builder.add(response("x", 2, null, "2026-01-01T10:00:00Z"));
    builder.add(response("x", 3, null, "2026-01-21T10:00:00Z"));
    builder.add(response("x", 1, null, "2026-02-01T10:00:00Z"));
    FollowUp lists = builder.build();
    // January keeps the 3 (latest), February the 1: two entries, lowest score first.
    assertEquals(List.of(1, 3),
        lists.detractors().stream().map(Response::score).collect(Collectors.toList()));
    assertEquals(1, lists.replaced());
    assertThrows(IllegalArgumentException.class,
        () -> builder.add(response("y", 0, null, null)));
  }
}
