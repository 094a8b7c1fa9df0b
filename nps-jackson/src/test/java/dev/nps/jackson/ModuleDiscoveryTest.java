package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Score;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module is found through {@link ServiceLoader}, and registering it twice keeps one. */
class ModuleDiscoveryTest extends NpsJsonTestBase {
  @Test
  void serviceLoaderFindsTheModule() {
    assertTrue(ServiceLoader.load(JacksonModule.class).stream()
        .anyMatch(provider -> provider.type() == NpsModule.class));
  }

  @Test
  void theModuleDescriptorProvidesTheService() throws Exception {
    java.nio.file.Path classes = java.nio.file.Path.of(
        NpsModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (java.io.InputStream in =
        java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
      java.lang.module.ModuleDescriptor descriptor = java.lang.module.ModuleDescriptor.read(in);
      assertEquals("dev.nps.jackson", descriptor.name());
      assertTrue(descriptor.provides().stream().anyMatch(provides ->
          provides.service().equals(JacksonModule.class.getName())
              && provides.providers().equals(java.util.List.of(NpsModule.class.getName()))));
      assertEquals(java.util.Set.of("dev.nps.jackson"), descriptor.packages());
    }
  }

  @Test
  void findAndAddModulesRegistersIt() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof NpsModule),
        () -> "registered: " + mapper.registeredModules().stream()
            .map(JacksonModule::getModuleName).collect(Collectors.joining(", ")));
    Nps nps = Nps.ofAnswers(0, 7, 9, 10);
    assertEquals(nps, mapper.readValue(mapper.writeValueAsString(nps), Nps.class));
    assertEquals("9", mapper.writeValueAsString(Score.of(9)));
  }

  @Test
  void aLaterRegistrationReplacesAnEarlierOne() {
    JsonMapper mapper = JsonMapper.builder()
        .findAndAddModules()
        .addModule(new NpsModule().withMaxDimensions(1))
        .build();
    assertEquals(1, mapper.registeredModules().stream()
        .filter(m -> m instanceof NpsModule).count());
    assertInvalid(() -> mapper.readValue(json("{'a':'1','b':'2'}"), dev.nps.Segment.class),
        "$.b", "at most 1");
  }

  @Test
  void limitsAreValidatedAndReported() {
    NpsModule module = new NpsModule();
    assertEquals(Limits.DEFAULT_MAX_SEGMENTS, module.maxSegments());
    assertEquals(Limits.DEFAULT_MAX_DIMENSIONS, module.maxDimensions());
    assertEquals(7, module.withMaxSegments(7).maxSegments());
    assertEquals(Limits.DEFAULT_MAX_DIMENSIONS, module.withMaxSegments(7).maxDimensions());
    assertEquals(3, module.withMaxDimensions(3).maxDimensions());
    assertThrows(IllegalArgumentException.class, () -> module.withMaxSegments(0));
    assertThrows(IllegalArgumentException.class, () -> module.withMaxDimensions(0));
  }

  @Test
  void withoutTheModuleTheValuesAreNotReadable() {
    JsonMapper plain = JsonMapper.builder().build();
    assertThrows(tools.jackson.core.JacksonException.class,
        () -> plain.readValue(write(Nps.ofAnswers(9)), Nps.class));
  }
}
