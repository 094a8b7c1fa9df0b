package dev.nps.cli;

import dev.nps.csat.CsatScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns of the support-quality analyses: the dimension ratings of {@code --drivers} and
 * their scale, the yes/no columns of {@code --rate}, and the {@code --band} of each segment
 * column that has one. Their slots follow the segment columns.
 */
final class AnalysisColumns {
  static final AnalysisColumns NONE =
      new AnalysisColumns(List.of(), CsatScale.ONE_TO_FIVE, List.of(), List.of());

  final List<ColumnRef> drivers;
  final CsatScale driverScale;
  final List<ColumnRef> rates;
  /** Per segment column, its band or null. */
  final List<Band> bands;

  AnalysisColumns(List<ColumnRef> drivers, CsatScale driverScale, List<ColumnRef> rates,
      List<Band> bands) {
    this.drivers = List.copyOf(drivers);
    this.driverScale = driverScale;
    this.rates = List.copyOf(rates);
    this.bands = Collections.unmodifiableList(new ArrayList<>(bands));
  }

  int size() {
    return drivers.size() + rates.size();
  }

  List<ColumnRef> refs() {
    List<ColumnRef> refs = new ArrayList<>(drivers);
    refs.addAll(rates);
    return refs;
  }

  /** The same analyses on renamed columns, in the order of {@link #refs()}. */
  AnalysisColumns withRefs(List<ColumnRef> refs) {
    return new AnalysisColumns(refs.subList(0, drivers.size()), driverScale,
        refs.subList(drivers.size(), refs.size()), bands);
  }

  Band band(int segment) {
    return segment < bands.size() ? bands.get(segment) : null;
  }

  static List<String> names(List<ColumnRef> refs) {
    List<String> names = new ArrayList<>();
    refs.forEach(ref -> names.add(ref.text));
    return List.copyOf(names);
  }
}
