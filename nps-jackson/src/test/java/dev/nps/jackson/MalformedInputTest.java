package dev.nps.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Category;
import dev.nps.Nps;
import dev.nps.NpsAccumulator;
import dev.nps.Response;
import dev.nps.Score;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.WeightedNps;
import dev.nps.WeightedNpsAccumulator;
import dev.nps.stats.Interval;
import dev.nps.stats.IntervalMethod;
import dev.nps.stats.NpsDifference;
import dev.nps.stats.PValueAdjustment;
import dev.nps.stats.SegmentComparison;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of malformed and hostile documents. Each is rejected with a {@link
 * MismatchedInputException} whose message starts with the JSON path of the bad value and names it.
 */
class MalformedInputTest extends NpsJsonTestBase {
  private static final String COUNTS = "[0,0,0,0,0,0,1,0,2,0,3]";
  private static final String BY_SEGMENT = "by segment";
  private static final String SUMS = COUNTS;
  private static final String NPS = "{'format':1,'counts':" + COUNTS + "}";
  private static final String EMPTY = "{'format':1,'counts':[0,0,0,0,0,0,0,0,0,0,0]}";
  private static final String CSAT = "{'format':1,'scale':{'min':1,'max':5,'satisfiedFrom':4},"
      + "'counts':[0,1,1,1,3,4,0,0,0,0,0]}";

  private static Arguments reject(Object type, String json, String path, String fragment) {
    return Arguments.of(type instanceof Class ? ((Class<?>) type).getSimpleName() : type,
        json(json), path, fragment);
  }

  private static String repeat(String text, int times) {
    return text.repeat(times);
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // Scores and categories
        reject(Score.class, "11", "$", "score must be in [0, 10], was 11"),
        reject(Score.class, "-1", "$", "was -1"),
        reject(Score.class, "9.5", "$", "expected an integer, was 9.5"),
        reject(Score.class, "'9'", "$", "expected an integer, was '9'"),
        reject(Score.class, "true", "$", "was true"),
        reject(Score.class, "[9]", "$", "was an array"),
        reject(Score.class, "4294967305", "$", "was 4294967305"),
        reject(Score.class, "123456789012345678901234567890", "$",
            "does not fit in 64 bits: 123456789012345678901234567890"),
        reject(Category.class, "'PROMOTER'", "$", "was 'PROMOTER'"),
        reject(Category.class, "2", "$", "expected a string, was 2"),
        // Segments
        reject(Segment.class, "{'region':'EU','region':'US'}", "$.region",
            "duplicate dimension 'region'"),
        reject(Segment.class, "{'region':1}", "$.region", "expected a string, was 1"),
        reject(Segment.class, "{'region':null}", "$.region", "was null"),
        reject(Segment.class, "{'region':{'nested':'x'}}", "$.region", "was an object"),
        reject(Segment.class, "{' ':'x'}", "$[' ']", "dimension name must not be blank"),
        reject(Segment.class, "['region','EU']", "$", "must be a JSON object, was an array"),
        reject(Segment.class, "{" + dimensions(33) + "}", "$.d32", "too many dimensions"),
        // Responses
        reject(Response.class, "{'segment':{}}", "$", "needs a \"score\""),
        reject(Response.class, "{'score':12}", "$.score", "was 12"),
        reject(Response.class, "{'score':5,'answeredAt':'yesterday'}", "$.answeredAt",
            "was 'yesterday'"),
        reject(Response.class, "{'score':5,'answeredAt':1700000000}", "$.answeredAt",
            "expected a string, was 1700000000"),
        reject(Response.class, "{'score':5,'respondentId':'  '}", "$.respondentId",
            "must not be blank"),
        reject(Response.class, "{'score':5,'segment':{'a':'1','a':'2'}}", "$.segment.a",
            "duplicate dimension 'a'"),
        reject(Response.class, "{'score':5,'@class':'java.lang.ProcessBuilder'}", "$['@class']",
            "unknown property '@class'"),
        reject(Response.class, "{'score':5,'score':6}", "$.score", "duplicate property 'score'"),
        reject(Response.class, "{'score':5,'weight':0}", "$.weight",
            "must be in [1.0E-100, 1.0E100], was 0"),
        reject(Response.class, "{'score':5,'weight':1e-101}", "$.weight", "was 1e-101"),
        reject(Response.class, "{'score':5,'weight':2e100}", "$.weight", "was 2e100"),
        reject(Response.class, "{'score':5,'weight':-1.5}", "$.weight", "was -1.5"),
        reject(Response.class, "{'score':5,'weight':1e999}", "$.weight",
            "must be finite, was 1e999"),
        reject(Response.class, "{'score':5,'weight':'2'}", "$.weight",
            "expected a number, was '2'"),
        // Intervals
        reject(Interval.class, "{'lower':3,'upper':1}", "$", "3.0 > 1.0"),
        reject(Interval.class, "{'lower':'NaN','upper':1}", "$.lower", "was 'NaN'"),
        reject(Interval.class, "{'lower':1e400,'upper':1e401}", "$.lower",
            "must be finite, was 1e400"),
        reject(Interval.class, "{'lower':1}", "$", "missing \"upper\""),
        // Results: structure
        reject(Nps.class, "{'counts':" + COUNTS + "}", "$", "missing \"format\""),
        reject(Nps.class, "{'format':2,'counts':" + COUNTS + "}", "$.format",
            "unsupported format 2"),
        // 2^64 + 1 would be 1 if truncated to 64 bits.
        reject(Nps.class, "{'format':18446744073709551617,'counts':" + COUNTS + "}", "$.format",
            "does not fit in 64 bits: 18446744073709551617"),
        reject(Nps.class, "{'format':1.0,'counts':" + COUNTS + "}", "$.format",
            "expected an integer, was 1.0"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0,18446744073709551619]}",
            "$.counts[10]", "does not fit in 64 bits"),
        reject(Score.class, "4294967306", "$", "score must be in [0, 10], was 4294967306"),
        reject(Nps.class, "{'format':'1','counts':" + COUNTS + "}", "$.format",
            "expected an integer, was '1'"),
        reject(Nps.class, "{'format':1}", "$", "missing \"counts\""),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0,3,4]}", "$.counts[11]",
            "exactly 11 elements"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0]}", "$.counts",
            "found 10"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,-5,0,0,1,0,2,0,3]}", "$.counts[3]",
            "must not be negative, was -5"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2.5,0,3]}", "$.counts[8]",
            "expected an integer, was 2.5"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0,'NaN']}", "$.counts[10]",
            "was 'NaN'"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0,99999999999999999999]}",
            "$.counts[10]", "does not fit in 64 bits: 99999999999999999999"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,1,0,2,0,null]}", "$.counts[10]",
            "was null"),
        reject(Nps.class, "{'format':1,'counts':{'0':1}}", "$.counts", "was an object"),
        reject(Nps.class, "{'format':1,'counts':[" + repeat("0,", 1_000_000) + "0]}",
            "$.counts[11]", "found more"),
        reject(Nps.class, "{'format':1,'counts':" + repeat("[", 5000) + "}", "$.counts[0]",
            "was an array"),
        reject(Nps.class, "{'format':1,'extra':" + repeat("[", 5000) + "}", "$.extra",
            "unknown property 'extra'"),
        reject(Nps.class, repeat("[", 5000), "$", "must be a JSON object, was an array"),
        reject(Nps.class, "{'format':1,'counts':[" + repeat("9223372036854775807,", 10) + "0]}",
            "$.counts", "past the largest 64-bit integer"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'counts':" + COUNTS + "}",
            "$.counts", "duplicate property 'counts'"),
        reject(Nps.class, "{'format':1,'@type':'dev.nps.Nps','counts':" + COUNTS + "}",
            "$['@type']", "unknown property '@type'"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'unscored':{'detractors':1}}",
            "$.unscored", "needs \"detractors\", \"passives\" and \"promoters\""),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS
            + ",'unscored':{'detractors':1,'passives':-1,'promoters':0}}",
            "$.unscored.passives", "must not be negative, was -1"),
        // Results: derived numbers contradicting the counts
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'score':50.0}", "$.score",
            "score is 50.0 but the counts give 33.33"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'total':7}", "$.total",
            "total is 7 but the counts give 6"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'promoters':2}", "$.promoters",
            "promoters is 2 but the counts give 3"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'passivePercent':33.4}",
            "$.passivePercent", "passivePercent is 33.4"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'score':NaN}", "$.score",
            "must be finite"),
        reject(Nps.class, "{'format':1,'counts':[0,0,0,0,0,0,0,0,0,0,0],'score':0}", "$.score",
            "undefined"),
        reject(Nps.class, "{'format':1,'counts':" + COUNTS + ",'score':null}", "$",
            "must not be null"),
        reject(NpsAccumulator.class, "{'format':1,'counts':" + COUNTS + ",'detractors':0}",
            "$.detractors", "detractors is 0 but the counts give 1"),
        // Per-segment documents
        reject(BY_SEGMENT, "{'format':1}", "$", "missing \"segments\""),
        reject(BY_SEGMENT, "{'segments':[]}", "$", "missing \"format\""),
        reject(BY_SEGMENT, "{'format':1,'segments':[{'segment':{'r':'EU'},'counts':" + COUNTS
            + "},{'segment':{'r':'EU'},'counts':" + COUNTS + "}]}", "$.segments[1].segment",
            "appears twice, first at $.segments[0]"),
        reject(BY_SEGMENT, "{'format':1,'segments':[{'counts':" + COUNTS + "}]}",
            "$.segments[0]", "missing \"segment\""),
        reject(BY_SEGMENT, "{'format':1,'segments':[{'segment':{},'format':1,'counts':" + COUNTS
            + "}]}", "$.segments[0].format", "unknown property 'format'"),
        reject(BY_SEGMENT, "{'format':1,'segments':[{'segment':{'a':'1'},'counts':" + COUNTS
            + ",'score':-100}]}", "$.segments[0].score", "score is -100.0"),
        reject(BY_SEGMENT, "{'format':1,'segments':[{'segment':{'a':'1'},'counts':[1,2]}]}",
            "$.segments[0].counts", "found 2"),
        reject(BY_SEGMENT, "{'format':1,'segments':{}}", "$.segments", "must be an array"),
        reject(SegmentedNpsAccumulator.class, "{'format':1,'segments':[{'segment':{},'counts':"
            + COUNTS + ",'unscored':{'detractors':1,'passives':0,'promoters':0}}]}",
            "$.segments[0].unscored", "cannot have unscored counts"),
        reject(SegmentedNpsAccumulator.class,
            "{'format':1,'segments':[{'segment':{'a':'1','a':'2'},"
            + "'counts':" + COUNTS + "}]}", "$.segments[0].segment.a", "duplicate dimension"),
        // Differences
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + "}", "$",
            "was missing \"method\""),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'method':'pooled'}",
            "$.method", "expected one of \"score\", \"wald\", \"adjusted_wald\", was 'pooled'"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'method':'score',"
            + "'adjusted':false}", "$.adjusted", "either \"method\" or"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + EMPTY + ",'adjusted':false}", "$.b",
            "must have answers"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'adjusted':'no'}",
            "$.adjusted", "expected true or false, was 'no'"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'adjusted':false,"
            + "'estimate':2.5}", "$.estimate", "estimate is 2.5 but a and b give 0.0"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'adjusted':false,'z':'big'}",
            "$.z", "was 'big'"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS
            + ",'adjusted':true,'pValue':[0.01]}", "$.pValue", "was an array"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':{'format':1,'counts':[1]},"
            + "'adjusted':true}", "$.b.counts", "found 1"),
        reject(NpsDifference.class, "{'a':" + NPS + ",'b':" + NPS + ",'adjusted':false,"
            + "'estimate':'Infinity'}", "$.estimate", "estimate is Infinity but a and b give 0.0"),
        // Segment comparisons
        reject(SegmentComparison.class, "{'adjustment':'holm','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'csat':" + CSAT + "}]}", "$.segments[0].csat",
            "a comparison without \"measure\" compares Net Promoter Score results"),
        reject(SegmentComparison.class, "{'measure':'share','adjustment':'holm',"
            + "'significanceLevel':0.05,'segments':[{'segment':{'a':'1'},'nps':" + NPS + "}]}",
            "$.segments[0].nps", "compares CSAT results, \"csat\", was \"nps\""),
        reject(SegmentComparison.class, "{'measure':'median','adjustment':'holm',"
            + "'significanceLevel':0.05,'segments':[]}", "$.measure", "was 'median'"),
        reject(SegmentComparison.class, "{'adjustment':'holm','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + ",'csat':" + CSAT + "}]}",
            "$.segments[0].csat", "one result, \"nps\" or \"csat\", had both"),
        reject(SegmentComparison.class, "{'adjustment':'holm','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'}}]}", "$.segments[0]",
            "needs \"segment\" and its result"),
        reject(SegmentComparison.class, "{'adjustment':'holm','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + ",'estimate':0.0}]}",
            "$.segments[0].estimate", "unknown property 'estimate' for Net Promoter Score"),
        reject(SegmentComparison.class, "{'measure':'mean','adjustment':'holm',"
            + "'significanceLevel':0.05,'segments':[{'segment':{'a':'1'},'csat':" + CSAT
            + ",'z':1.0}]}", "$.segments[0].z", "unknown property 'z' for CSAT"),
        reject(SegmentComparison.class, "{'measure':'share','adjustment':'holm',"
            + "'significanceLevel':0.05,'segments':[{'segment':{'a':'1'},'csat':" + CSAT
            + "},{'segment':{'a':'2'},'csat':"
            + CSAT.replace("'satisfiedFrom':4", "'satisfiedFrom':5")
            + "}]}", "$.segments[1].csat.scale", "the results must share a scale"),
        reject(SegmentComparison.class, "{'measure':'share','adjustment':'holm',"
            + "'significanceLevel':0.05,'segments':[{'segment':{'a':'1'},'csat':" + CSAT
            + "},{'segment':{'a':'2'},'csat':" + CSAT + ",'estimate':3}]}",
            "$.segments[1].estimate", "estimate is 3.0 but the results give 0.0"),
        reject(SegmentComparison.class, "{'adjustment':'bonferroni','significanceLevel':0.05,"
            + "'segments':[]}", "$.adjustment", "was 'bonferroni'"),
        reject(SegmentComparison.class, "{'adjustment':'none','significanceLevel':1.5,"
            + "'segments':[]}", "$.significanceLevel", "must be in (0, 1), was 1.5"),
        reject(SegmentComparison.class, "{'adjustment':'none','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + "},{'segment':{'a':'1'},'nps':"
            + NPS + "}]}", "$.segments[1].segment", "appears twice"),
        reject(SegmentComparison.class, "{'adjustment':'none','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + ",'flagged':'yes'},"
            + "{'segment':{'a':'2'},'nps':" + NPS + "}]}", "$.segments[0].flagged",
            "expected true or false, was 'yes'"),
        reject(SegmentComparison.class, "{'adjustment':'none','significanceLevel':0.05,"
            + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + "},"
            + "{'segment':{'a':'2'},'nps':" + NPS + ",'difference':3}]}",
            "$.segments[1].difference", "difference is 3.0 but the results give 0.0"),
        // Weighted results
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + "}", "$", "needs \"counts\", \"weightSums\" and \"squaredWeightSums\""),
        reject(WeightedNps.class, "{'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + "}", "$", "missing \"format\""),
        reject(WeightedNps.class, "{'format':3,'counts':" + COUNTS + "}", "$.format",
            "unsupported format 3"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + "[0,0,0,0,0,0,1,0,2,0,-3]}", "$.weightSums[10]",
            "must not be negative, was -3"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + "[0,0,0,0,0,0,1,0,2,0,1e309]}", "$.weightSums[10]", "must be finite, was 1e309"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + "[0,0,0,0,0,0,1,0,2,0,'NaN']}", "$.weightSums[10]", "expected a number, was 'NaN'"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + "[0,0,0,0,0,0,1,0,2,0,3,4]}", "$.weightSums[11]", "found more"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + "[0.5,0,0,0,0,0,1,0,2,0,3],'squaredWeightSums':" + SUMS + "}",
            "$.weightSums[0]", "must be 0 where its count is 0, was 0.5"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':[0,0,0,0,0,0,1,0,0,0,3]}", "$.squaredWeightSums[8]",
            "squaredWeightSum of score 8 must be in [weightSum^2 / count, weightSum^2] = [2.0,"
                + " 4.0] for 2 answers of weight sum 2.0, was 0.0"),
        // Sums no weights in [1e-100, 1e100] can give: 100 answers whose squared weights sum to
        // 1e-90 (an effective sample size of 5e93 if believed), and a weight sum of 1e308.
        reject(WeightedNps.class, "{'format':1,'counts':[0,0,0,0,0,0,100,0,0,0,0],"
            + "'weightSums':[0,0,0,0,0,0,100,0,0,0,0],"
            + "'squaredWeightSums':[0,0,0,0,0,0,1e-90,0,0,0,0]}", "$.squaredWeightSums[6]",
            "squaredWeightSum of score 6 must be in [weightSum^2 / count, weightSum^2] = [100.0,"
                + " 10000.0] for 100 answers of weight sum 100.0, was 1.0E-90"),
        reject(WeightedNps.class, "{'format':1,'counts':[0,0,0,0,0,0,100,0,0,0,0],"
            + "'weightSums':[0,0,0,0,0,0,1e308,0,0,0,0],"
            + "'squaredWeightSums':[0,0,0,0,0,0,1e308,0,0,0,0]}", "$.weightSums[6]",
            "weightSum of score 6 must be in [count * 1e-100, count * 1e100] = [1.0E-98, 1.0E102]"
                + " for its 100 answers (weights in [1e-100, 1e100]), was 1.0E308"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + ",'score':10}", "$.score",
            "score is 10.0 but the sums give 33.33"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + ",'weightingEffect':2}", "$.weightingEffect",
            "weightingEffect is 2.0 but the sums give 1.0"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + ",'designEffect':'big'}", "$.designEffect",
            "was 'big'"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + ",'standardError':'NaN'}", "$.standardError",
            "was 'NaN'"),
        reject(WeightedNps.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':" + SUMS
            + ",'squaredWeightSums':" + SUMS + ",'totalWeight':7}", "$.totalWeight",
            "totalWeight is 7.0 but the sums give 6.0"),
        reject(WeightedNpsAccumulator.class, "{'format':1,'counts':" + COUNTS + ",'weightSums':"
            + SUMS + ",'squaredWeightSums':" + SUMS + ",'total':5}", "$.total",
            "total is 5 but the counts give 6"),
        reject(IntervalMethod.class, "'ADJUSTED_WALD'", "$", "was 'ADJUSTED_WALD'"),
        reject(PValueAdjustment.class, "'bh'", "$", "\"benjamini_hochberg\""));
  }

  private static String dimensions(int count) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("'d").append(i).append("':'v'");
    }
    return json.toString();
  }

  private static JavaType type(Object name) {
    switch ((String) name) {
      case BY_SEGMENT:
        return MAPPER.getTypeFactory().constructType(NpsModule.NPS_BY_SEGMENT);
      case "Score": return MAPPER.constructType(Score.class);
      case "NpsDifference": return MAPPER.constructType(NpsDifference.class);
      case "SegmentComparison": return MAPPER.constructType(SegmentComparison.class);
      case "IntervalMethod": return MAPPER.constructType(IntervalMethod.class);
      case "PValueAdjustment": return MAPPER.constructType(PValueAdjustment.class);
      case "WeightedNps": return MAPPER.constructType(WeightedNps.class);
      case "WeightedNpsAccumulator": return MAPPER.constructType(WeightedNpsAccumulator.class);
      case "Category": return MAPPER.constructType(Category.class);
      case "Segment": return MAPPER.constructType(Segment.class);
      case "Response": return MAPPER.constructType(Response.class);
      case "Interval": return MAPPER.constructType(Interval.class);
      case "Nps": return MAPPER.constructType(Nps.class);
      case "NpsAccumulator": return MAPPER.constructType(NpsAccumulator.class);
      case "SegmentedNpsAccumulator": return MAPPER.constructType(SegmentedNpsAccumulator.class);
      default: throw new IllegalArgumentException(name.toString());
    }
  }

  @ParameterizedTest(name = "[{index}] {0} {2}: {3}")
  @MethodSource("corpus")
  void rejectedWithPathAndValue(Object type, String json, String path, String fragment) {
    JsonMapper lenientNumbers = mapperBuilder()
        .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    JsonMapper mapper = json.contains("NaN}") ? lenientNumbers : MAPPER;
    assertInvalid(() -> mapper.readValue(json, type(type)), path, fragment);
  }

  @Test
  void statisticsOfATestMethodAreReadForTheirTypeOnly() {
    // A document written by a version whose test differed keeps reading; the value read carries
    // this version's statistics.
    NpsDifference difference = read(json("{'a':" + NPS + ",'b':" + NPS + ",'adjusted':false,"
        + "'estimate':0.0,'center':0.0,'standardError':1.5,'z':2.5,'pValue':0.01}"),
        NpsDifference.class);
    assertEquals(0.0, difference.z());
    SegmentComparison<?> comparison = read(json("{'adjustment':'none','significanceLevel':0.05,"
        + "'segments':[{'segment':{'a':'1'},'nps':" + NPS + ",'z':'Infinity','flagged':true},"
        + "{'segment':{'a':'2'},'nps':" + NPS + ",'pValue':0.0}]}"), SegmentComparison.class);
    assertEquals(false, comparison.entries().get(0).isFlagged());
  }

  @Test
  void nestedInAUserBeanThePathStartsAtTheDocumentRoot() {
    record Holder(java.util.List<Nps> results) {}
    String json = json("{'results':[{'format':1,'counts':" + COUNTS + "},"
        + "{'format':1,'counts':[0,0,0,0,0,0,0,0,0,0,-1]}]}");
    assertInvalid(() -> read(json, Holder.class), "$.results[1].counts[10]",
        "must not be negative, was -1");
  }

  @Test
  void tooManySegmentsInOneDocumentAreCountedAcrossResults() {
    record Two(java.util.Map<Segment, Nps> first, java.util.Map<Segment, Nps> second) {}
    JsonMapper small = JsonMapper.builder().addModule(new NpsModule().withMaxSegments(2)).build();
    String entries = "[{'segment':{'a':'1'},'counts':" + COUNTS + "},"
        + "{'segment':{'a':'2'},'counts':" + COUNTS + "}]";
    String one = json("{'format':1,'segments':" + entries + "}");
    assertEquals(2, small.readValue(one, NpsModule.NPS_BY_SEGMENT).size());
    String two = json("{'first':" + one + ",'second':" + one + "}");
    assertInvalid(() -> small.readValue(two, Two.class), "$.second.segments[0]",
        "at most 2 segment entries");
    // A new document starts counting afresh.
    assertEquals(2, small.readValue(one, NpsModule.NPS_BY_SEGMENT).size());
  }

  @Test
  void eachDocumentOfAStreamHasItsOwnBoundOnSegments() {
    JsonMapper small = JsonMapper.builder().addModule(new NpsModule().withMaxSegments(2)).build();
    String entries = "[{'segment':{'a':'1'},'counts':" + COUNTS + "},"
        + "{'segment':{'a':'2'},'counts':" + COUNTS + "}]";
    String one = json("{'format':1,'segments':" + entries + "}");
    try (tools.jackson.databind.MappingIterator<SegmentedNpsAccumulator> documents = small
        .readerFor(SegmentedNpsAccumulator.class).readValues(one + "\n" + one + "\n" + one)) {
      assertEquals(3, documents.readAll().size());
    }
    String three = json("{'format':1,'segments':[{'segment':{'a':'1'},'counts':" + COUNTS + "},"
        + "{'segment':{'a':'2'},'counts':" + COUNTS + "},"
        + "{'segment':{'a':'3'},'counts':" + COUNTS + "}]}");
    try (tools.jackson.databind.MappingIterator<SegmentedNpsAccumulator> documents = small
        .readerFor(SegmentedNpsAccumulator.class).readValues(one + "\n" + three)) {
      documents.next();
      assertInvalid(documents::next, "$.segments[2]", "at most 2 segment entries");
    }
  }

  /**
   * Distinct values with one {@link String#hashCode()}: "Aa" and "BB" hash alike, and so do all
   * strings made of the same number of them.
   */
  private static String collidingValue(int i) {
    StringBuilder value = new StringBuilder();
    for (int bit = 0; bit < 17; bit++) {
      value.append(((i >> bit) & 1) == 0 ? "Aa" : "BB");
    }
    return value.toString();
  }

  /**
   * Segments whose values share one {@link String#hashCode()} are ordinary segments: they have
   * different segment hash codes (SipHash), and documents holding many of them read in full. They
   * were once rejected past 16 per document, which rejected the CLI's own reports too.
   */
  @Test
  void segmentsBuiltToShareAStringHashCodeAreRead() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      entries.append(i == 0 ? "" : ",").append("{'segment':{'a':'").append(collidingValue(i))
          .append("'},'counts':[0,0,0,0,0,0,0,0,0,0,1]}");
    }
    String json = json("{'format':1,'segments':[" + entries + "]}");
    assertEquals(collidingValue(1).hashCode(), collidingValue(2).hashCode());
    assertNotEquals(Segment.of("a", collidingValue(1)).hashCode(),
        Segment.of("a", collidingValue(2)).hashCode());
    Map<Segment, Nps> results = read(json, NpsModule.NPS_BY_SEGMENT);
    assertEquals(1000, results.size());
    assertEquals(Nps.ofAnswers(10), results.get(Segment.of("a", collidingValue(999))));
    assertEquals(1000, read(json, SegmentedNpsAccumulator.class).segmentCount());
    String csat = json("{'format':1,'scale':{'min':1,'max':5,'satisfiedFrom':4},'segments':["
        + entries.toString().replace("1]}", "0]}") + "]}");
    assertEquals(1000, read(csat, NpsModule.CSAT_BY_SEGMENT).size());
    String comparison = json("{'adjustment':'holm','significanceLevel':0.05,'segments':["
        + entries.toString().replace("'counts':[0,0,0,0,0,0,0,0,0,0,1]", "'nps':" + NPS) + "]}");
    assertEquals(1000, read(comparison, SegmentComparison.class).entries().size());
    // A duplicate among them is still found, and named with the first one's path.
    String twice = json("{'format':1,'segments':[" + entries + ",{'segment':{'a':'"
        + collidingValue(7) + "'},'counts':[0,0,0,0,0,0,0,0,0,0,1]}]}");
    assertInvalid(() -> read(twice, NpsModule.NPS_BY_SEGMENT), "$.segments[1000].segment",
        "appears twice, first at $.segments[7]");
  }

  @Test
  void theDefaultBoundOnSegmentsIsEnforced() {
    StringBuilder entries = new StringBuilder();
    int count = Limits.DEFAULT_MAX_SEGMENTS + 1;
    for (int i = 0; i < count; i++) {
      entries.append(i == 0 ? "" : ",").append("{'segment':{'a':'").append(i)
          .append("'},'counts':[0,0,0,0,0,0,0,0,0,0,0]}");
    }
    String json = json("{'format':1,'segments':[" + entries + "]}");
    assertInvalid(() -> read(json, NpsModule.NPS_BY_SEGMENT),
        "$.segments[" + Limits.DEFAULT_MAX_SEGMENTS + "]", "too many segments");
  }

  @Test
  void fewerDimensionsCanBeConfigured() {
    JsonMapper small = JsonMapper.builder().addModule(new NpsModule().withMaxDimensions(1))
        .build();
    assertEquals(Segment.of("a", "1"), small.readValue(json("{'a':'1'}"), Segment.class));
    assertInvalid(() -> small.readValue(json("{'a':'1','b':'2'}"), Segment.class), "$.b",
        "at most 1");
  }

  @Test
  void malformedJsonFailsInTheParserWithThePathWhereItStopped() {
    StreamReadException e = assertFailure(StreamReadException.class,
        () -> read(json("{'format':1,'counts':[0,0,0,NaN,0]}"), Nps.class));
    assertTrue(e.getOriginalMessage().startsWith("near $.counts[3]: "), e.getMessage());
    assertFailure(StreamReadException.class,
        () -> read(json("{'format':1,'counts':[0,0,0"), Nps.class));
    assertFailure(StreamReadException.class, () -> read(json("{'format':1,"), Nps.class));
  }

  @Test
  void parserLimitsStillApply() {
    JacksonException e = assertFailure(JacksonException.class,
        () -> read(json("{'format':1,'counts':[" + "1".repeat(5000) + "]}"), Nps.class));
    assertTrue(e.getMessage().contains("near $.counts"), e.getMessage());
  }
}
