package dev.nps.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.nps.Category;
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
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatSegmentComparison;
import dev.nps.csat.MeanDifference;
import dev.nps.csat.SegmentedCsatAccumulator;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.csat.drivers.DriverMoments;
import dev.nps.program.Granularity;
import dev.nps.program.ResponseRates;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.stats.DifferenceMethod;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.PanelComparison;
import dev.nps.stats.ProportionInterval;
import dev.nps.stats.Rate;
import dev.nps.stats.RateDifference;
import dev.nps.stats.SegmentComparison;
import dev.nps.stats.TransitionTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.MapType;

/**
 * The Jackson 3 module that reads and writes the nps library's values, results and partial
 * aggregates as JSON.
 *
 * <p>Register it on a mapper, or let {@code findAndAddModules()} find it (it is a {@link
 * java.util.ServiceLoader} service of {@link JacksonModule}):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new NpsModule()).build();
 * String json = mapper.writeValueAsString(nps);
 * Nps back = mapper.readValue(json, Nps.class);
 * Map<Segment, Nps> perSegment = mapper.readValue(json2, NpsModule.NPS_BY_SEGMENT);
 * }</pre>
 *
 * <h2>Types and shapes</h2>
 *
 * <ul>
 *   <li>{@link Score}: a JSON integer from 0 to 10.
 *   <li>{@link Category}, {@link IntervalMethod}, {@link PValueAdjustment}, {@link
 *       ProportionInterval}, {@link Granularity}, {@link CsatSegmentComparison.Measure}: the
 *       constant's name in lower case, such as {@code "promoter"} or {@code "adjusted_wald"}.
 *   <li>{@link Segment}: an object of dimension names to string values, in order.
 *   <li>{@link Response}: {@code {"score": 3, "segment": {...}, "answeredAt": "...",
 *       "respondentId": "...", "comment": "...", "weight": 1.5}}, only {@code score} required.
 *   <li>{@link Interval}: {@code {"lower": -12.5, "upper": 30.0}}, infinite bounds as the strings
 *       {@code "-Infinity"} and {@code "Infinity"}.
 *   <li>{@link Nps} and {@link NpsAccumulator}: a partial aggregate {@code {"format": 1, "counts":
 *       [11 integers], "total": ..., "detractors": ..., "passives": ..., "promoters": ..., "score":
 *       ..., "detractorPercent": ..., "passivePercent": ..., "promoterPercent": ...}}, with {@code
 *       "unscored": {"detractors": ..., "passives": ..., "promoters": ...}} for category-only
 *       counts.
 *   <li>{@code Map<Segment, Nps>} (declared with {@link #NPS_BY_SEGMENT} or as a property of that
 *       type) and {@link SegmentedNpsAccumulator}: {@code {"format": 1, "segments": [{"segment":
 *       {...}, "counts": [...], ...}, ...]}}. A segment is never written as an object key: a map
 *       whose declared type Jackson does not know (a plain {@code writeValueAsString(map)}) fails
 *       rather than writing keys such as {@code "region=EU, plan=pro"} that cannot be read back.
 *   <li>{@link WeightedNps} and {@link WeightedNpsAccumulator}: a partial aggregate {@code
 *       {"format": 1, "counts": [11 integers], "weightSums": [11 numbers], "squaredWeightSums": [11
 *       numbers], "total": ..., "totalWeight": ..., "score": ..., "effectiveSampleSize": ...,
 *       "designEffect": ..., "standardError": ...}}.
 *   <li>{@link NpsDifference}: {@code {"a": {result}, "b": {result}, "adjusted": false,
 *       "estimate": ..., "center": ..., "standardError": ..., "z": ..., "pValue": ...}}.
 *   <li>{@link SegmentComparison} of Net Promoter Score results: {@code {"adjustment": "holm",
 *       "significanceLevel": 0.05, "segments": [{"segment": {...}, "nps": {result}, "difference":
 *       ..., "standardError": ..., "z": ..., "pValue": ..., "adjustedPValue": ..., "flagged":
 *       true}, ...]}}; of CSAT results ({@link dev.nps.csat.CsatSegmentComparison}): {@code
 *       {"measure": "share", ...}} with {@code "csat": {csat}, "estimate": ..., "statistic": ...,
 *       "pValue": ..., "adjustedPValue": ..., "flagged": ...} per segment. An untestable segment
 *       has no figures and is not flagged.
 *   <li>{@link CsatScale}: {@code {"min": 1, "max": 5, "satisfiedFrom": 4}}.
 *   <li>{@link Csat}, {@link CsatAccumulator} and {@link Ces}: a partial aggregate {@code
 *       {"format": 1, "scale": {...}, "counts": [11 integers, 0 off the scale], "total": ...,
 *       "satisfied": ..., "score": ..., "mean": ...}} ({@code "agreeing"} and {@code
 *       "agreePercent"} for CES).
 *   <li>{@code Map<Segment, Csat>} (with {@link #CSAT_BY_SEGMENT}) and {@link
 *       SegmentedCsatAccumulator}: {@code {"format": 1, "scale": {...}, "segments": [{"segment":
 *       {...}, "counts": [...], ...}, ...]}}.
 *   <li>{@link Rate}: {@code {"format": 1, "successes": 12, "total": 80, "percent": 15.0}}; {@link
 *       RateDifference}: {@code {"a": {rate}, "b": {rate}, "estimate": ..., "z": ..., "pValue":
 *       ...}}.
 *   <li>{@link CsatDifference}: {@code {"a": {csat}, "b": {csat}, "share": {"estimate": ..., "z":
 *       ..., "pValue": ...}, "mean": {"estimate": ..., "standardError": ..., "degreesOfFreedom":
 *       ..., "t": ..., "pValue": ...}}}; {@link MeanDifference}: {@code {"a": {csat}, "b":
 *       {csat}, "estimate": ..., "standardError": ..., "degreesOfFreedom": ..., "t": ...,
 *       "pValue": ...}}.
 *   <li>{@link CsatByDimension} and {@link CsatByDimensionAccumulator}: {@code {"format": 1,
 *       "scale": {...}, "respondents": ..., "dimensions": [{"dimension": "business", "counts":
 *       [...], "total": ..., "satisfied": ..., "score": ..., "mean": ..., "missing": ...},
 *       ...]}}.
 *   <li>{@link TransitionTable}: {@code {"format": 1, "counts": [[3 counts], [3 counts], [3
 *       counts]], "total": ...}}, rows the first wave's category and columns the second's; {@link
 *       PanelComparison}: {@code {"format": 1, "transitions": {table}, "onlyInFirst": {result},
 *       "onlyInSecond": {result}, "matched": ..., "estimate": ..., "standardError": ..., "z": ...,
 *       "pValue": ...}}.
 *   <li>{@link SurveyPeriod}: {@code {"label": "2026-03", "start": "2026-03-01T00:00:00Z", "end":
 *       "2026-04-01T00:00:00Z"}}.
 *   <li>{@link Trend} of Net Promoter Score: {@code {"points": [{"period": {...}, "nps":
 *       {result}, "change": {"estimate": ..., "statistic": ..., "pValue": ...}}, ...],
 *       "undated": 0, "outside": 0}}; of CSAT ({@link dev.nps.csat.CsatTrend}): {@code
 *       {"measure": "share", "scale": {...}, "points": [{"period": {...}, "csat": {csat},
 *       "change": {...}}, ...], "undated": 0, "outside": 0}}. The first point, and a point after
 *       an empty one, has no change.
 *   <li>{@link ResponseRates}: {@code {"rates": [{"segment": {...}, "period": {...}, "rate":
 *       {rate}}, ...], "uninvited": 0, "undated": 0}}.
 * </ul>
 *
 * <p>JSON has no infinite numbers: an infinite interval bound or z statistic is the string {@code
 * "Infinity"} or {@code "-Infinity"}.
 *
 * <h2>Reading untrusted input</h2>
 *
 * <p>The counts and weight sums are the truth; the derived numbers are there for people reading the
 * JSON and are optional. Those that follow from the counts by definition (totals, category counts,
 * scores, percents, means, weight totals, effective sample sizes, estimated differences) must agree
 * with the counts when present: integers exactly, other numbers to a relative 1e-9. Those that
 * depend on a test or estimation method (standard errors, z and t statistics, degrees of freedom,
 * p-values, adjusted p-values, flags) are only type-checked: the value read carries the statistics
 * of the library reading it, so that documents stay readable when a method is refined.
 * Every document is validated completely before a value is built: a known {@code format}, exactly
 * 11 counts, no negative counts, finite non-negative weight sums, integers that fit in 64 bits
 * (never truncated), finite numbers, scores in [0, 10], no duplicate properties, dimensions or
 * segments, no unknown properties, at most {@link #maxSegments()} segment entries per document and
 * at most {@link #maxDimensions()} dimensions per segment. No type information or class names are
 * read or written, and nothing is skipped: an unexpected nested structure or long array is rejected
 * where it starts.
 *
 * <p>Every failure is a {@link tools.jackson.core.JacksonException}:
 *
 * <ul>
 *   <li>well-formed JSON that is not a valid value: a {@link
 *       tools.jackson.databind.exc.MismatchedInputException} whose message starts with the JSON
 *       path of the bad value and names the value, such as {@code $.counts[3]: count of score 3
 *       must not be negative, was -5};
 *   <li>malformed JSON, or a document beyond the parser's {@link
 *       tools.jackson.core.StreamReadConstraints} (nesting depth, number or string length): the
 *       parser's {@link tools.jackson.core.exc.StreamReadException} or {@link
 *       tools.jackson.core.exc.StreamConstraintsException}, whose message starts with {@code near}
 *       and the path where the parser stopped when this module was reading;
 *   <li>Jackson's own checks around a value (empty input, {@code FAIL_ON_TRAILING_TOKENS}) keep
 *       their own messages.
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>One module is immutable; {@link #withMaxSegments(int)} and {@link #withMaxDimensions(int)}
 * return a differently bounded copy. Registering a module replaces one registered earlier, so a
 * copy registered after {@code findAndAddModules()} wins.
 */
public final class NpsModule extends JacksonModule {
  /**
   * The type of per-segment results, {@code Map<Segment, Nps>}, for {@code
   * mapper.readValue(json, NpsModule.NPS_BY_SEGMENT)} and {@code
   * mapper.writerFor(NpsModule.NPS_BY_SEGMENT)}. A map is written in this module's shape only when
   * Jackson knows its declared type; a plain {@code writeValueAsString(map)} sees a map of objects,
   * and fails rather than write a segment as an object key.
   */
  public static final TypeReference<Map<Segment, Nps>> NPS_BY_SEGMENT = new TypeReference<>() {};

  /**
   * The type of per-segment CSAT results, {@code Map<Segment, Csat>}, as {@link #NPS_BY_SEGMENT} is
   * for Net Promoter Score results.
   */
  public static final TypeReference<Map<Segment, Csat>> CSAT_BY_SEGMENT =
      new TypeReference<>() {};

  private final Limits limits;

  /**
   * Creates the module with the default limits: {@value Limits#DEFAULT_MAX_SEGMENTS} segment
   * entries per document and {@value Limits#DEFAULT_MAX_DIMENSIONS} dimensions per segment. This
   * is the constructor {@link java.util.ServiceLoader} calls.
   */
  public NpsModule() {
    this(Limits.DEFAULT);
  }

  private NpsModule(Limits limits) {
    this.limits = limits;
  }

  /**
   * Returns a copy of this module that accepts at most {@code maxSegments} segment entries in one
   * document, counted over all the per-segment results, accumulators and comparisons it holds. Each
   * document of a stream (such as JSON Lines read with a {@code MappingIterator}) is counted on its
   * own.
   *
   * @param maxSegments the bound, at least 1
   * @return a new module; this one is unchanged
   * @throws IllegalArgumentException if {@code maxSegments} is less than 1
   */
  public NpsModule withMaxSegments(int maxSegments) {
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be at least 1, was " + maxSegments);
    }
    return new NpsModule(new Limits(maxSegments, limits.maxDimensions));
  }

  /**
   * Returns a copy of this module that accepts at most {@code maxDimensions} dimensions in one
   * segment.
   *
   * @param maxDimensions the bound, at least 1
   * @return a new module; this one is unchanged
   * @throws IllegalArgumentException if {@code maxDimensions} is less than 1
   */
  public NpsModule withMaxDimensions(int maxDimensions) {
    if (maxDimensions < 1) {
      throw new IllegalArgumentException(
          "maxDimensions must be at least 1, was " + maxDimensions);
    }
    return new NpsModule(new Limits(limits.maxSegments, maxDimensions));
  }

  /**
   * Returns the largest number of segment entries one document may hold.
   *
   * @return the bound, {@value Limits#DEFAULT_MAX_SEGMENTS} by default
   */
  public int maxSegments() {
    return limits.maxSegments;
  }

  /**
   * Returns the largest number of dimensions one segment may have.
   *
   * @return the bound, {@value Limits#DEFAULT_MAX_DIMENSIONS} by default
   */
  public int maxDimensions() {
    return limits.maxDimensions;
  }

  /**
   * Returns the module's name.
   *
   * @return {@code "NpsModule"}
   */
  @Override
  public String getModuleName() {
    return "NpsModule";
  }

  /**
   * Returns the module's version; unknown, since the library does not stamp its build into the
   * code.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns the registration id, the same for every instance, so that registering a second
   * {@code NpsModule} replaces the first rather than adding to it.
   *
   * @return this class's name
   */
  @Override
  public Object getRegistrationId() {
    return NpsModule.class.getName();
  }

  /**
   * The registry: every type the module reads and writes, each paired with its serializer and its
   * deserializer in one row, so that no type is writable and not readable. Serializers hold no
   * state and are shared; deserializers are made per module, under its limits.
   */
  static final List<Codec> CODECS = List.of(
      Codec.of(Score.class, new ScoreJson.Serializer(), limits -> new ScoreJson.Deserializer()),
      Codec.ofEnum(Category.class),
      Codec.of(Segment.class, new SegmentJson.Serializer(), SegmentJson.Deserializer::new),
      Codec.of(Response.class, new ResponseJson.Serializer(), ResponseJson.Deserializer::new),
      Codec.of(Interval.class, new IntervalJson.Serializer(),
          limits -> new IntervalJson.Deserializer()),
      Codec.of(Nps.class, new NpsJson.Serializer(), limits -> new NpsJson.Deserializer()),
      Codec.of(NpsAccumulator.class, new NpsJson.AccumulatorSerializer(),
          limits -> new NpsJson.AccumulatorDeserializer()),
      Codec.bySegment(Nps.class, new SegmentedJson.MapSerializer(),
          SegmentedJson.MapDeserializer::new),
      Codec.of(SegmentedNpsAccumulator.class, new SegmentedJson.AccumulatorSerializer(),
          SegmentedJson.AccumulatorDeserializer::new),
      Codec.of(WeightedNps.class, new WeightedNpsJson.Serializer(),
          limits -> new WeightedNpsJson.Deserializer()),
      Codec.of(WeightedNpsAccumulator.class, new WeightedNpsJson.AccumulatorSerializer(),
          limits -> new WeightedNpsJson.AccumulatorDeserializer()),
      Codec.ofEnum(IntervalMethod.class),
      Codec.ofEnum(DifferenceMethod.class),
      Codec.ofEnum(PValueAdjustment.class),
      Codec.ofEnum(ProportionInterval.class),
      Codec.of(NpsDifference.class, new NpsDifferenceJson.Serializer(),
          limits -> new NpsDifferenceJson.Deserializer()),
      Codec.of(SegmentComparison.class, new SegmentComparisonJson.Serializer(),
          SegmentComparisonJson.Deserializer::new),
      Codec.of(Rate.class, new RateJson.Serializer(), limits -> new RateJson.Deserializer()),
      Codec.of(RateDifference.class, new RateJson.DifferenceSerializer(),
          limits -> new RateJson.DifferenceDeserializer()),
      Codec.of(TransitionTable.class, PanelJson::write, PanelJson::readTable),
      Codec.of(PanelComparison.class, PanelJson::write, PanelJson::read),
      Codec.ofEnum(Granularity.class),
      Codec.of(SurveyPeriod.class, SurveyPeriodJson::write, SurveyPeriodJson::read),
      Codec.of(Trend.class, TrendJson::write, TrendJson::read),
      Codec.of(ResponseRates.class, ResponseRatesJson::write, ResponseRatesJson::read),
      Codec.of(CsatScale.class, new CsatJson.ScaleSerializer(),
          limits -> new CsatJson.ScaleDeserializer()),
      Codec.of(Csat.class, new CsatJson.Serializer(), limits -> new CsatJson.Deserializer()),
      Codec.of(CsatAccumulator.class, new CsatJson.AccumulatorSerializer(),
          limits -> new CsatJson.AccumulatorDeserializer()),
      Codec.bySegment(Csat.class, new CsatJson.MapSerializer(), CsatJson.MapDeserializer::new),
      Codec.of(SegmentedCsatAccumulator.class, new CsatJson.SegmentedSerializer(),
          CsatJson.SegmentedDeserializer::new),
      Codec.of(Ces.class, new CsatJson.CesSerializer(), limits -> new CsatJson.CesDeserializer()),
      Codec.of(CsatDifference.class, new CsatDifferenceJson.Serializer(),
          limits -> new CsatDifferenceJson.Deserializer()),
      Codec.of(MeanDifference.class, CsatDifferenceJson::writeMean, CsatDifferenceJson::readMean),
      Codec.of(CsatByDimension.class, CsatByDimensionJson::write, CsatByDimensionJson::read),
      Codec.of(CsatByDimensionAccumulator.class, CsatByDimensionJson::writeAccumulator,
          CsatByDimensionJson::readAccumulator),
      Codec.ofEnum(CsatSegmentComparison.Measure.class),
      Codec.of(DriverMoments.class, new DriverJson.Serializer(),
          limits -> new DriverJson.Deserializer()),
      Codec.of(DriverAccumulator.class, new DriverJson.AccumulatorSerializer(),
          limits -> new DriverJson.AccumulatorDeserializer()));

  /**
   * Registers the serializers and deserializers of the registry.
   *
   * @param context the mapper being built
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new NpsSerializers());
    context.addKeySerializers(new SegmentKeySerializers());
    context.addDeserializers(new NpsDeserializers(limits));
  }

  /**
   * The class a registry row is for: an enum constant with a body has a class of its own, whose
   * row is its enum's.
   */
  private static Class<?> registered(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    return parent != null && parent.isEnum() ? parent : type;
  }

  /** Whether a map type is {@code Map<Segment, content>}. */
  private static boolean isBySegment(MapType type, Class<?> content) {
    return type.getKeyType().hasRawClass(Segment.class)
        && type.getContentType().hasRawClass(content);
  }

  /** Finds this module's serializers: exact classes, and maps of segments to results. */
  private static final class NpsSerializers implements Serializers {
    private final Map<Class<?>, ValueSerializer<?>> byClass = new HashMap<>();
    private final Map<Class<?>, ValueSerializer<?>> bySegment = new HashMap<>();

    NpsSerializers() {
      for (Codec codec : CODECS) {
        (codec.bySegment ? bySegment : byClass).put(codec.type, codec.serializer);
      }
    }

    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        JsonFormat.Value format) {
      return byClass.get(registered(type.getRawClass()));
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        JsonFormat.Value format) {
      return byClass.get(registered(type.getRawClass()));
    }

    @Override
    public ValueSerializer<?> findMapSerializer(
        SerializationConfig config,
        MapType type,
        BeanDescription.Supplier description,
        JsonFormat.Value format,
        ValueSerializer<Object> keySerializer,
        TypeSerializer elementTypeSerializer,
        ValueSerializer<Object> elementValueSerializer) {
      for (Map.Entry<Class<?>, ValueSerializer<?>> entry : bySegment.entrySet()) {
        if (isBySegment(type, entry.getKey())) {
          return entry.getValue();
        }
      }
      return null;
    }
  }

  /** Finds the serializer that refuses segments as object keys. */
  private static final class SegmentKeySerializers implements Serializers {
    private final ValueSerializer<?> keySerializer = new SegmentJson.KeySerializer();

    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        JsonFormat.Value format) {
      return type.hasRawClass(Segment.class) ? keySerializer : null;
    }
  }

  /** Finds this module's deserializers: exact classes, and maps of segments to results. */
  private static final class NpsDeserializers implements Deserializers {
    private final Map<Class<?>, ValueDeserializer<?>> byClass = new HashMap<>();
    private final Map<Class<?>, ValueDeserializer<?>> bySegment = new HashMap<>();

    NpsDeserializers(Limits limits) {
      for (Codec codec : CODECS) {
        (codec.bySegment ? bySegment : byClass)
            .put(codec.type, new GuardedDeserializer<>(codec.deserializer.apply(limits)));
      }
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      return byClass.get(type.getRawClass());
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      return byClass.get(registered(type.getRawClass()));
    }

    @Override
    public ValueDeserializer<?> findMapDeserializer(
        MapType type,
        DeserializationConfig config,
        BeanDescription.Supplier description,
        KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer,
        ValueDeserializer<?> elementDeserializer) {
      if (!type.hasRawClass(Map.class)) {
        return null;
      }
      for (Map.Entry<Class<?>, ValueDeserializer<?>> entry : bySegment.entrySet()) {
        if (isBySegment(type, entry.getKey())) {
          return entry.getValue();
        }
      }
      return null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return byClass.containsKey(valueType);
    }
  }
}
