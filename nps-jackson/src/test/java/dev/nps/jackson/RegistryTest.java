package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Category;
import dev.nps.ConcurrentNpsAccumulator;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Score;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.csat.Ces;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatAccumulator;
import dev.nps.csat.CsatByDimension;
import dev.nps.csat.CsatByDimensionAccumulator;
import dev.nps.csat.CsatDifference;
import dev.nps.csat.CsatFollowUp;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.csat.CsatTrend;
import dev.nps.csat.MeanDifference;
import dev.nps.csat.SegmentedCsatAccumulator;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.program.FollowUp;
import dev.nps.program.Granularity;
import dev.nps.program.LatestPerRespondent;
import dev.nps.program.PeriodScheme;
import dev.nps.program.ResponseRates;
import dev.nps.program.SurveyCadence;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.SurveyWaves;
import dev.nps.program.Trend;
import dev.nps.program.TrendAccumulator;
import dev.nps.stats.DifferenceMethod;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.PanelComparison;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SampleSize;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.SignificanceResult;
import dev.nps.stats.TransitionTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JavaType;

/**
 * The module's one registry: every row pairs a type with its serializer and deserializer, every
 * registered type round-trips, and every public type of the library's API packages is either
 * registered or listed here as deliberately not, with the reason.
 */
class RegistryTest extends NpsJsonTestBase {
  private static final List<String> API_PACKAGES =
      List.of("dev.nps", "dev.nps.stats", "dev.nps.program", "dev.nps.csat");

  /** The public types that have no JSON of their own, each with the reason. */
  private static final Map<Class<?>, String> NOT_REGISTERED = Map.ofEntries(
      Map.entry(ConcurrentNpsAccumulator.class,
          "a live accumulator shared by threads; its JSON is that of its snapshot(), an Nps"),
      Map.entry(Response.Builder.class, "a builder, not a value"),
      Map.entry(SampleSize.class, "static calculations, no instances"),
      Map.entry(SignificanceResult.class, "an interface; its implementations are registered"),
      Map.entry(SegmentComparison.Method.class,
          "a strategy; a comparison's JSON names its method (NPS, or the CSAT measure)"),
      Map.entry(SegmentComparison.Entry.class, "an entry's adjusted p-value depends on its whole"
          + " family: it is written inside its SegmentComparison"),
      Map.entry(FollowUp.class, "lists people to contact, rebuilt from their responses; nps"
          + " report writes its lists as Response arrays and its comment rates as Rates"),
      Map.entry(FollowUp.Builder.class, "a builder, not a value"),
      Map.entry(CsatFollowUp.class, "lists people to contact, rebuilt from their responses; nps"
          + " report writes its lists as Response arrays"),
      Map.entry(CsatFollowUp.Builder.class, "a builder, not a value"),
      Map.entry(LatestPerRespondent.Accumulator.class,
          "a step that filters responses as they stream in; what it keeps are Responses"),
      Map.entry(LatestPerRespondent.class,
          "a step that filters responses; what it keeps are Responses"),
      Map.entry(PeriodScheme.class, "an interface users may implement; trends and response rates"
          + " carry the SurveyPeriods it made"),
      Map.entry(SurveyWaves.class,
          "a configuration of the programme, not a result; its waves are SurveyPeriods"),
      Map.entry(SurveyWaves.Builder.class, "a builder, not a value"),
      Map.entry(SurveyCadence.class, "a policy of three java.time.Periods, not a result"),
      Map.entry(Trend.Metric.class,
          "a strategy; a trend's JSON names its metric (NPS, or CSAT's measure and scale)"),
      Map.entry(Trend.Point.class,
          "a point's change depends on the point before: it is written inside its Trend"),
      Map.entry(TrendAccumulator.class, "holds a PeriodScheme, which may be any implementation;"
          + " its JSON is that of its snapshot(), a Trend"),
      Map.entry(ResponseRates.Key.class,
          "written inside ResponseRates, as each rate's segment and period"),
      Map.entry(ResponseRates.Builder.class, "a builder, not a value"),
      Map.entry(CsatSegmentComparison.class, "static factories only"),
      Map.entry(CsatTrend.Metric.class,
          "a strategy; a CSAT trend's JSON names its measure and scale"),
      Map.entry(CsatTrend.class, "static factories only"));

  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final PeriodScheme MONTHS = PeriodScheme.calendar(Granularity.MONTH, UTC);
  private static final SurveyPeriod MARCH = MONTHS.periodOf(Instant.parse("2026-03-01T00:00:00Z"));
  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US = Segment.of("region", "US");

  private static Response at(int score, String day) {
    return Response.builder().score(score).answeredAt(Instant.parse(day + "T12:00:00Z")).build();
  }

  /** At least one value of every registered row, keyed by the row's name. */
  private static Map<String, List<Object>> samples() {
    Map<String, List<Object>> samples = new LinkedHashMap<>();
    Csat fives = Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 4, 4, 2, 1);
    Csat others = Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 5, 3);
    Map<Segment, Nps> npsBySegment = new LinkedHashMap<>();
    npsBySegment.put(EU, Nps.ofAnswers(10, 9, 3));
    npsBySegment.put(US, Nps.ofAnswers(0, 7, 8, 10));
    Map<Segment, Csat> csatBySegment = new LinkedHashMap<>();
    csatBySegment.put(EU, fives);
    csatBySegment.put(US, others);
    SegmentedNpsAccumulator segmentedNps = new SegmentedNpsAccumulator();
    npsBySegment.forEach(segmentedNps::addAll);
    SegmentedCsatAccumulator segmentedCsat = new SegmentedCsatAccumulator(CsatScale.ONE_TO_FIVE);
    csatBySegment.forEach(segmentedCsat::addAll);
    NpsAccumulator nps = new NpsAccumulator();
    nps.addAll(Nps.ofAnswers(3, 9, 10));
    WeightedNpsAccumulator weighted = new WeightedNpsAccumulator();
    weighted.add(10, 2.0);
    weighted.add(3, 0.5);
    CsatAccumulator csat = new CsatAccumulator(CsatScale.ONE_TO_FIVE);
    csat.addAll(fives);
    List<Response> months = List.of(at(10, "2026-01-05"), at(3, "2026-01-09"),
        at(9, "2026-03-02"), at(9, "2026-03-03"), at(6, "2026-03-04"));
    List<Response> csatMonths = List.of(at(5, "2026-01-05"), at(2, "2026-01-09"),
        at(4, "2026-02-02"), at(4, "2026-02-03"), at(1, "2026-02-04"));
    CsatByDimensionAccumulator byDimension =
        new CsatByDimensionAccumulator(CsatScale.ONE_TO_FIVE, "business", "human");
    byDimension.add(5, CsatByDimensionAccumulator.MISSING);
    byDimension.add(2, 4);
    Map<ResponseRates.Key, Rate> rates = new LinkedHashMap<>();
    rates.put(ResponseRates.Key.of(EU, MARCH), Rate.of(3, 10));
    rates.put(ResponseRates.Key.of(US, MARCH), Rate.of(0, 4));

    samples.put("Score", List.of(Score.of(9)));
    samples.put("Category", List.of(Category.PASSIVE));
    samples.put("Segment", List.of(Segment.ALL, EU.and("plan", "pro")));
    samples.put("Response", List.of(Response.of(7), at(3, "2026-01-01")));
    samples.put("Interval", List.of(Interval.of(-3.5, 12.0)));
    samples.put("Nps", List.of(Nps.ofAnswers(0, 8, 10), Nps.empty(), Nps.ofCategories(1, 2, 3)));
    samples.put("NpsAccumulator", List.of(nps));
    samples.put("Map<Segment, Nps>", List.of(npsBySegment));
    samples.put("SegmentedNpsAccumulator", List.of(segmentedNps));
    samples.put("WeightedNps", List.of(weighted.snapshot()));
    samples.put("WeightedNpsAccumulator", List.of(weighted));
    samples.put("IntervalMethod", List.of(IntervalMethod.ADJUSTED_WALD));
    samples.put("DifferenceMethod", List.of(DifferenceMethod.SCORE, DifferenceMethod.WALD));
    samples.put("PValueAdjustment", List.of(PValueAdjustment.BENJAMINI_HOCHBERG));
    samples.put("ProportionInterval", List.of(ProportionInterval.WILSON));
    samples.put("NpsDifference", List.of(NpsDifference.of(Nps.ofAnswers(10, 9), Nps.ofAnswers(0,
        7)), NpsDifference.of(Nps.ofAnswers(10), Nps.ofAnswers(3), DifferenceMethod.ADJUSTED_WALD),
        NpsDifference.of(Nps.ofAnswers(10, 9, 3), Nps.ofAnswers(3), DifferenceMethod.WALD)));
    samples.put("SegmentComparison", List.of(SegmentComparison.of(npsBySegment),
        CsatSegmentComparison.compare(csatBySegment, CsatSegmentComparison.Measure.MEAN,
            PValueAdjustment.HOLM, 0.1)));
    samples.put("Rate", List.of(Rate.of(3, 8), Rate.empty()));
    samples.put("RateDifference", List.of(RateDifference.of(Rate.of(3, 8), Rate.of(1, 9))));
    TransitionTable table = TransitionTable.of(new long[][] {{3, 1, 0}, {1, 4, 2}, {0, 1, 6}});
    samples.put("TransitionTable", List.of(table, TransitionTable.empty()));
    samples.put("PanelComparison", List.of(
        PanelComparison.of(table, Nps.ofAnswers(3), Nps.ofAnswers(10, 9)),
        PanelComparison.of(TransitionTable.empty())));
    samples.put("Granularity", List.of(Granularity.QUARTER));
    samples.put("SurveyPeriod", List.of(MARCH));
    samples.put("Trend", List.of(Trend.of(months, MONTHS),
        CsatTrend.of(CsatScale.ONE_TO_FIVE, csatMonths, MONTHS),
        Trend.of(csatMonths, MONTHS,
            CsatTrend.metric(CsatScale.ONE_TO_FIVE, CsatSegmentComparison.Measure.MEAN)),
        Trend.of(List.of(), MONTHS)));
    samples.put("ResponseRates", List.of(ResponseRates.of(rates, 2, 1)));
    samples.put("CsatScale", List.of(CsatScale.ONE_TO_SEVEN));
    samples.put("Csat", List.of(fives, Csat.empty(CsatScale.GOOD_BAD)));
    samples.put("CsatAccumulator", List.of(csat));
    samples.put("Map<Segment, Csat>", List.of(csatBySegment));
    samples.put("SegmentedCsatAccumulator", List.of(segmentedCsat));
    samples.put("Ces", List.of(Ces.ofHistogram(CsatScale.CES_ONE_TO_SEVEN, 1, 0, 2, 0, 3, 4, 5)));
    samples.put("CsatDifference", List.of(CsatDifference.of(fives, others)));
    samples.put("MeanDifference", List.of(MeanDifference.of(fives, others)));
    samples.put("CsatByDimension", List.of(byDimension.snapshot()));
    samples.put("CsatByDimensionAccumulator", List.of(byDimension));
    samples.put("Measure", List.of(CsatSegmentComparison.Measure.MEAN));
    DriverAccumulator drivers = new DriverAccumulator(
        CsatScale.ZERO_TO_TEN, CsatScale.ONE_TO_FIVE, "business", "human");
    drivers.add(9, 4, 5);
    drivers.add(3, 2, DriverAccumulator.MISSING);
    drivers.add(7, 3, 3);
    samples.put("DriverMoments", List.of(drivers.snapshot()));
    samples.put("DriverAccumulator", List.of(drivers));
    return samples;
  }

  private static JavaType javaType(Codec codec) {
    return codec.bySegment
        ? MAPPER.getTypeFactory().constructMapType(Map.class, Segment.class, codec.type)
        : MAPPER.constructType(codec.type);
  }

  static Stream<Arguments> rows() {
    Map<String, List<Object>> samples = samples();
    return NpsModule.CODECS.stream()
        .map(codec -> Arguments.of(codec.toString(), codec, samples.get(codec.toString())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void everyRowRoundTrips(String name, Codec codec, List<Object> values) {
    assertTrue(values != null && !values.isEmpty(), () -> "no sample of " + name);
    JavaType type = javaType(codec);
    for (Object value : values) {
      String json = MAPPER.writerFor(type).writeValueAsString(value);
      Object back = read(json, type);
      assertEquals(json, MAPPER.writerFor(type).writeValueAsString(back),
          () -> name + " writes back differently: " + json);
      if (declaresEquals(value.getClass())) {
        assertEquals(value, back, () -> name + " reads back unequal: " + json);
      }
    }
  }

  private static boolean declaresEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyRowPairsHandlersOfItsOwnType() {
    Set<String> names = new HashSet<>();
    for (Codec codec : NpsModule.CODECS) {
      assertTrue(names.add(codec.toString()), () -> codec + " is registered twice");
      Class<?> handled = codec.bySegment ? Map.class : codec.type;
      assertEquals(handled, codec.serializer.handledType(), () -> codec + "'s serializer");
      assertEquals(handled, codec.deserializer.apply(Limits.DEFAULT).handledType(),
          () -> codec + "'s deserializer");
    }
    assertEquals(samples().keySet(), names, "a sample for every row, and a row for every sample");
  }

  @Test
  void everyPublicTypeIsRegisteredOrListedWithAReason() {
    Set<Class<?>> registered = NpsModule.CODECS.stream().filter(codec -> !codec.bySegment)
        .map(codec -> codec.type).collect(Collectors.toSet());
    Set<Class<?>> publicTypes = publicTypes();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : publicTypes) {
      if (!registered.contains(type) && !NOT_REGISTERED.containsKey(type)) {
        missing.add(type.getName());
      }
    }
    assertEquals(List.of(), missing, "public types neither registered nor listed as not");
    for (Map.Entry<Class<?>, String> entry : NOT_REGISTERED.entrySet()) {
      assertFalse(registered.contains(entry.getKey()),
          () -> entry.getKey() + " is registered but listed as not");
      assertTrue(publicTypes.contains(entry.getKey()),
          () -> entry.getKey() + " is listed but not a public type of the API packages");
      assertFalse(entry.getValue().isBlank());
    }
    // The scan itself must see the packages: a few types of each, nested ones included.
    assertTrue(publicTypes.containsAll(List.of(Nps.class, Interval.class, Trend.Point.class,
        Csat.class, CsatSegmentComparison.Measure.class)), publicTypes::toString);
  }

  /** Every public class of the API packages, read from the jars or class directories. */
  private static Set<Class<?>> publicTypes() {
    Set<String> names = new TreeSet<>();
    names.addAll(classNames(Nps.class));
    names.addAll(classNames(Csat.class));
    Set<Class<?>> types = new HashSet<>();
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, RegistryTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (API_PACKAGES.contains(type.getPackageName()) && isPublic(type)
          && !type.isAnonymousClass() && !type.isSynthetic() && !type.isLocalClass()) {
        types.add(type);
      }
    }
    return types;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The binary names of the classes in the jar or directory that holds {@code anchor}. */
  private static List<String> classNames(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(file -> file.toString().endsWith(".class"))
              .map(file -> location.relativize(file).toString())
              .forEach(file -> names.add(binaryName(file.replace('\\', '/'))));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String entry = entries.nextElement().getName();
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
              names.add(binaryName(entry));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.removeIf(name -> name.endsWith("package-info") || name.endsWith("module-info"));
    return names;
  }

  private static String binaryName(String file) {
    return file.substring(0, file.length() - ".class".length()).replace('/', '.');
  }
}
