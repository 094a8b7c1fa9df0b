package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nps.Response;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsatFollowUpTest {

  private static Response response(String id, int answer, String comment, String at) {
    return Response.builder().score(answer).respondentId(id).comment(comment)
        .answeredAt(at == null ? null : Instant.parse(at)).build();
  }

  private static List<String> ids(List<Response> responses) {
    return responses.stream().map(r -> r.respondentId().orElse("-")).collect(Collectors.toList());
  }

  private static final List<Response> ANSWERS = List.of(
      response("three-old", 3, null, "2026-01-01T10:00:00Z"),
      response("five-comment-old", 5, "Quick", "2026-01-02T10:00:00Z"),
      response("one-comment", 1, "Rude", "2026-01-03T10:00:00Z"),
      response("four-silent", 4, null, "2026-01-04T10:00:00Z"),
      response("one-silent", 1, null, "2026-01-05T10:00:00Z"),
      response("five-comment-new", 5, "Kind", "2026-01-06T10:00:00Z"),
      response("four-comment", 4, "Fine", "2026-01-07T10:00:00Z"),
      response("two", 2, null, null));

  @Test
  void unsatisfiedLowestFirstWithoutCommentFirstSatisfiedWithCommentHighestAndNewestFirst() {
    CsatFollowUp lists = CsatFollowUp.of(CsatScale.ONE_TO_FIVE, ANSWERS);
    // Below 4 on 1-5: the 1s (silent before commented), the 2, the 3.
    assertEquals(List.of("one-silent", "one-comment", "two", "three-old"),
        ids(lists.toCallBack()));
    // 4 and 5 with a comment; the silent 4 is on neither list.
    assertEquals(List.of("five-comment-new", "five-comment-old", "four-comment"),
        ids(lists.toThank()));
    assertEquals(8, lists.total());
    assertEquals(0, lists.replaced());
  }

  @Test
  void goodBadCallsBackEveryBadAnswer() {
    CsatFollowUp lists = CsatFollowUp.of(CsatScale.GOOD_BAD, List.of(
        response("a", 0, null, null), response("b", 1, "Thanks", null),
        response("c", 1, null, null)));
    assertEquals(List.of("a"), ids(lists.toCallBack()));
    assertEquals(List.of("b"), ids(lists.toThank()));
  }

  @Test
  void onePerRespondentPutsNobodyOnBothLists() {
    CsatFollowUp.Builder builder = CsatFollowUp.onePerRespondent(CsatScale.ONE_TO_FIVE);
    builder.add(response("a", 1, "Slow", "2026-01-01T10:00:00Z"));
    builder.add(response("a", 5, "Fixed now", "2026-02-01T10:00:00Z"));
    builder.add(response("b", 5, "Great", "2026-01-01T10:00:00Z"));
    builder.add(response("b", 2, null, "2026-03-01T10:00:00Z"));
    builder.add(Response.builder().score(1).build());
    builder.add(Response.builder().score(1).build());
    CsatFollowUp lists = builder.build();
    // a's latest is the 5 with a comment; b's the 2; two anonymous 1s stay two entries.
    assertEquals(List.of("-", "-", "b"), ids(lists.toCallBack()));
    assertEquals(List.of("a"), ids(lists.toThank()));
    assertEquals(4, lists.total());
    assertEquals(2, lists.replaced());
    assertEquals(2, lists.anonymous());
  }

  @Test
  void answersOffTheScaleAreRejectedAndLeaveTheBuilderUnchanged() {
    CsatFollowUp.Builder builder = CsatFollowUp.builder(CsatScale.ONE_TO_FIVE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.add(Response.of(7)));
    assertEquals("answer must be in [1, 5] for scale 1-5, was 7", e.getMessage());
    assertEquals(0, builder.build().total());
  }
}
