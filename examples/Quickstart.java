import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.Segment;
import java.util.List;
import java.util.Map;

public class Quickstart {
  public static void main(String[] args) {
    Segment eu = Segment.of("region", "EU");
    Segment us = Segment.of("region", "US");
    List<Response> responses = List.of(
        Response.of(10, eu), Response.of(9, eu), Response.of(7, eu), Response.of(3, eu),
        Response.of(9, us), Response.of(6, us), Response.of(5, us), Response.of(8, us));

    Nps nps = Nps.of(responses);
    System.out.printf("NPS %.1f from %d answers: %d promoters, %d passives, %d detractors%n",
        nps.score(), nps.total(), nps.promoters(), nps.passives(), nps.detractors());

    Map<Segment, Nps> byRegion = Nps.bySegment(responses);
    byRegion.forEach((segment, result) ->
        System.out.printf("%s: NPS %.1f (n=%d)%n", segment, result.score(), result.total()));
  }
}
