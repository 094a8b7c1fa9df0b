/**
 * JSON for the nps library's values, results and partial aggregates (of {@code dev.nps.core} and
 * {@code dev.nps.csat}), as a Jackson 3 module.
 *
 * <p>Register {@link dev.nps.jackson.NpsModule} on a mapper, or let {@code findAndAddModules()}
 * find it through the {@link tools.jackson.databind.JacksonModule} service this module provides.
 */
module dev.nps.jackson {
  requires transitive dev.nps.core;
  requires transitive dev.nps.csat;
  requires transitive tools.jackson.databind;

  exports dev.nps.jackson;

  provides tools.jackson.databind.JacksonModule with
      dev.nps.jackson.NpsModule;
}
