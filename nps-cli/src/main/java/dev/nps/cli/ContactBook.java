package dev.nps.cli;

import dev.nps.Response;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The contact columns (--contact-columns) of the answers, for the follow-up lists and nothing
 * else. A respondent's details are those of their last row in the input; an anonymous answer's
 * are its own. Holds one entry per respondent and per anonymous answer.
 */
final class ContactBook {
  private final Map<String, String[]> byRespondent = new HashMap<>();
  private final Map<Response, String[]> byAnswer = new IdentityHashMap<>();

  void record(Response response, String[] contacts) {
    if (contacts == null) {
      return;
    }
    if (response.respondentId().isPresent()) {
      byRespondent.put(response.respondentId().get(), contacts);
    } else {
      byAnswer.put(response, contacts);
    }
  }

  /** The contact values of a listed answer, or null. */
  String[] of(Response response) {
    return response.respondentId().isPresent() ? byRespondent.get(response.respondentId().get())
        : byAnswer.get(response);
  }

  @Override
  public String toString() {
    return "ContactBook{" + byRespondent.size() + " respondents, " + byAnswer.size()
        + " anonymous answers}";
  }
}
