package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.cli.Table.Kind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * The follow-up lists of NPS and CSAT as tables: one row per listed person (or anonymous answer)
 * with the contact columns, which appear in these tables and nowhere else.
 */
final class FollowUpTables {
  private static final TypeReference<List<Response>> RESPONSES = new TypeReference<>() {};

  private FollowUpTables() {}

  static Table table(ReportSettings settings, String key, String title, List<Response> listed) {
    List<Table.Column> columns = new ArrayList<>(List.of(column("score", Kind.COUNT),
        column("respondent", Kind.TEXT), column("answered_at", Kind.TEXT)));
    boolean perPeriod = settings.latestPerRespondent && settings.scheme != null;
    if (perPeriod) {
      columns.add(column("period", Kind.TEXT));
    }
    columns.add(column("segment", Kind.TEXT));
    for (String contact : settings.columns.contacts) {
      columns.add(column(contact, Kind.TEXT));
    }
    columns.add(column("comment", Kind.TEXT));
    Table table = new Table(key, title + ": " + listed.size(),
        columns.toArray(new Table.Column[0]));
    int shown = settings.limit == 0 ? listed.size() : Math.min(settings.limit, listed.size());
    long anonymous = 0;
    for (Response response : listed) {
      if (response.respondentId().isEmpty()) {
        anonymous++;
      }
    }
    for (Response response : listed.subList(0, shown)) {
      List<Object> row = new ArrayList<>();
      row.add((long) response.score());
      row.add(response.respondentId().orElse(null));
      row.add(response.answeredAt().map(Object::toString).orElse(null));
      if (perPeriod) {
        row.add(response.answeredAt().map(at -> settings.scheme.periodOf(at).label())
            .orElse(null));
      }
      row.add(response.segment().equals(Segment.ALL) ? null : response.segment().toString());
      String[] contacts = settings.contacts.of(response);
      for (int i = 0; i < settings.columns.contacts.size(); i++) {
        row.add(contacts == null ? null : contacts[i]);
      }
      row.add(response.comment().orElse(null));
      table.row(row.toArray());
    }
    if (anonymous > 0) {
      table.note(anonymous + " of them are answers without a respondent id, listed one per"
          + " answer");
    }
    if (shown < listed.size()) {
      table.note((listed.size() - shown) + " more not listed (--limit " + settings.limit + ")");
    }
    // The library's shape of the listed answers; contact columns stay in the rows only.
    return table.value(List.copyOf(listed.subList(0, shown)), RESPONSES);
  }

  /** The note on how the lists count people. */
  static String peopleNote(ReportSettings settings, long replaced) {
    String scope = settings.latestPerRespondent && settings.scheme != null
        ? "per respondent and " + settings.granularity.name().toLowerCase(java.util.Locale.ROOT)
        : "per respondent";
    return "one entry " + scope + ", their latest answer" + (replaced == 0 ? ""
        : "; " + replaced + " earlier " + (replaced == 1 ? "answer" : "answers")
            + " of the same people not listed");
  }
}
