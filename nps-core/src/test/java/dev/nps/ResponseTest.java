package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void factoriesSetScoreAndSegment() {
    Response plain = Response.of(9);
    assertEquals(9, plain.score());
    assertEquals(Category.PROMOTER, plain.category());
    assertEquals(Segment.ALL, plain.segment());
    assertEquals(Optional.empty(), plain.answeredAt());
    assertEquals(Optional.empty(), plain.respondentId());
    assertEquals(Optional.empty(), plain.comment());
    assertFalse(plain.hasComment());

    Segment eu = Segment.of("region", "EU");
    assertEquals(eu, Response.of(4, eu).segment());
  }

  @Test
  void builderSetsEveryField() {
    Response response = Response.builder()
        .score(3)
        .segment(Segment.of("plan", "pro"))
        .answeredAt(AT)
        .respondentId("c-1042")
        .comment("Support never called back.")
        .build();
    assertEquals(3, response.score());
    assertEquals(Category.DETRACTOR, response.category());
    assertEquals(Optional.of(AT), response.answeredAt());
    assertEquals(Optional.of("c-1042"), response.respondentId());
    assertEquals(Optional.of("Support never called back."), response.comment());
    assertTrue(response.hasComment());
    assertEquals(response, response.toBuilder().build());
    assertEquals(response.hashCode(), response.toBuilder().build().hashCode());
    assertNotEquals(response, response.toBuilder().comment(null).build());
    assertNotEquals(response, response.toBuilder().score(4).build());
  }

  @Test
  void toStringNeverPrintsPersonalData() {
    Response response = Response.builder()
        .score(3)
        .respondentId("c-1042")
        .comment("My phone is 555-0100")
        .answeredAt(AT)
        .build();
    String text = response.toString();
    assertFalse(text.contains("c-1042"), text);
    assertFalse(text.contains("555-0100"), text);
    assertEquals(
        "Response[score=3, segment=all, answeredAt=2026-03-01T10:15:30Z,"
            + " respondentId=present, comment=present]",
        text);
    assertEquals(
        "Response[score=9, segment=all, answeredAt=unknown, respondentId=absent, comment=absent]",
        Response.of(9).toString());
  }

  @Test
  void blankCommentsCountAsNoComment() {
    assertFalse(Response.builder().score(1).comment("   ").build().hasComment());
    assertFalse(Response.builder().score(1).comment("").build().hasComment());
  }

  @Test
  void invalidFieldsAreRejectedWithClearMessages() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Response.of(11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Response.builder().score(-3));
    assertEquals("score must be in [0, 10], was -3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Response.builder().respondentId(" "));
    assertTrue(e.getMessage().startsWith("respondent id must not be blank"), e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> Response.of(3, null));
    assertEquals("segment must not be null", npe.getMessage());
    IllegalStateException ise =
        assertThrows(IllegalStateException.class, () -> Response.builder().build());
    assertEquals("score is required: call score(int) before build()", ise.getMessage());
  }
}
