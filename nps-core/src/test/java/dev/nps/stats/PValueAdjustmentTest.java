package dev.nps.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PValueAdjustmentTest {
  private static final double EPS = 1e-15;

  @Test
  void holmOnSortedValues() {
    // m = 5, multipliers 5, 4, 3, 2, 1: 0.05, 0.08, 0.09, 0.08, 0.05; running maximum gives
    // 0.05, 0.08, 0.09, 0.09, 0.09.
    double[] p = {0.01, 0.02, 0.03, 0.04, 0.05};
    assertArrayEquals(
        new double[] {0.05, 0.08, 0.09, 0.09, 0.09}, PValueAdjustment.HOLM.adjust(p), EPS);
  }

  @Test
  void benjaminiHochbergOnSortedValues() {
    // m p(j) / j = 0.05 for every j, so every adjusted value is 0.05.
    double[] p = {0.01, 0.02, 0.03, 0.04, 0.05};
    assertArrayEquals(
        new double[] {0.05, 0.05, 0.05, 0.05, 0.05},
        PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p),
        EPS);
  }

  @Test
  void benjaminiYekutieliMultipliesBenjaminiHochbergByTheHarmonicSum() {
    // R's p.adjust(p, "BY"): q = sum(1 / (1:m)); pmin(1, cummin(q * m / i * p[o]))[ro].
    // m = 5: c(5) = 1 + 1/2 + 1/3 + 1/4 + 1/5 = 137/60, and BH's 0.05 becomes 0.05 * 137 / 60.
    double[] p = {0.01, 0.02, 0.03, 0.04, 0.05};
    double by = 0.05 * 137 / 60;
    assertArrayEquals(new double[] {by, by, by, by, by},
        PValueAdjustment.BENJAMINI_YEKUTIELI.adjust(p), EPS);
    // The unsorted input below, m = 4, c(4) = 25/12: 0.5 * 25/12 = 1.04 -> 1;
    // 0.04 * 4/3 * 25/12 = 1/9; 0.001 * 4/2 * 25/12 = 0.0041667; min(that, 0.001 * 4 * 25/12).
    assertArrayEquals(
        new double[] {0.04 * 4 / 3 * 25 / 12, 0.002 * 25 / 12, 1.0, 0.002 * 25 / 12},
        PValueAdjustment.BENJAMINI_YEKUTIELI.adjust(new double[] {0.04, 0.001, 0.5, 0.001}),
        1e-15);
  }

  @Test
  void unsortedValuesWithTiesKeepTheirPositions() {
    // Sorted: 0.001 (index 1), 0.001 (index 3), 0.04 (index 0), 0.5 (index 2); m = 4.
    // Holm: 4 * 0.001 = 0.004; max(0.004, 3 * 0.001) = 0.004; 2 * 0.04 = 0.08; 1 * 0.5 = 0.5.
    double[] p = {0.04, 0.001, 0.5, 0.001};
    assertArrayEquals(
        new double[] {0.08, 0.004, 0.5, 0.004}, PValueAdjustment.HOLM.adjust(p), EPS);
    // BH from the largest: 0.5 * 4/4 = 0.5; 0.04 * 4/3 = 0.0533...; 0.001 * 4/2 = 0.002;
    // min(0.002, 0.001 * 4/1) = 0.002.
    assertArrayEquals(
        new double[] {0.04 * 4 / 3, 0.002, 0.5, 0.002},
        PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p),
        EPS);
    assertArrayEquals(p, PValueAdjustment.NONE.adjust(p));
    // The input is not modified.
    assertArrayEquals(new double[] {0.04, 0.001, 0.5, 0.001}, p);
  }

  @Test
  void javadocExample() {
    // Sorted 0.01, 0.03, 0.04 with multipliers 3, 2, 1: 0.03, 0.06, max(0.06, 0.04) = 0.06.
    assertArrayEquals(
        new double[] {0.03, 0.06, 0.06},
        PValueAdjustment.HOLM.adjust(new double[] {0.01, 0.04, 0.03}),
        EPS);
  }

  @Test
  void adjustedValuesAreCappedAtOne() {
    assertArrayEquals(
        new double[] {1.0, 1.0}, PValueAdjustment.HOLM.adjust(new double[] {0.6, 0.7}), EPS);
  }

  @ParameterizedTest
  @EnumSource(PValueAdjustment.class)
  void emptyAndSingleInputs(PValueAdjustment adjustment) {
    assertEquals(0, adjustment.adjust(new double[0]).length);
    assertArrayEquals(new double[] {0.03}, adjustment.adjust(new double[] {0.03}), EPS);
  }

  @Test
  void adjustedValuesAreAtLeastRawAndKeepTheirOrder() {
    qt().forAll(lists().of(doubles().between(0.0, 1.0)).ofSizeBetween(1, 40))
        .checkAssert(
            list -> {
              double[] p = list.stream().mapToDouble(Double::doubleValue).toArray();
              for (PValueAdjustment adjustment : PValueAdjustment.values()) {
                double[] adjusted = adjustment.adjust(p);
                for (int i = 0; i < p.length; i++) {
                  assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1.0);
                  for (int j = 0; j < p.length; j++) {
                    if (p[i] < p[j]) {
                      assertTrue(adjusted[i] <= adjusted[j]);
                    }
                  }
                }
              }
              // Holm is never less conservative than Benjamini-Hochberg, nor is
              // Benjamini-Yekutieli.
              double[] holm = PValueAdjustment.HOLM.adjust(p);
              double[] bh = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(p);
              double[] by = PValueAdjustment.BENJAMINI_YEKUTIELI.adjust(p);
              for (int i = 0; i < p.length; i++) {
                assertTrue(holm[i] >= bh[i] - EPS);
                assertTrue(by[i] >= bh[i] - EPS);
              }
            });
  }

  @Test
  void rejectsInvalidPValues() {
    for (double bad : List.of(-0.1, 1.5, Double.NaN)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PValueAdjustment.HOLM.adjust(new double[] {0.2, bad}));
      assertEquals("p-value at index 1 must be in [0, 1], was " + bad, e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> PValueAdjustment.HOLM.adjust(null));
  }
}
