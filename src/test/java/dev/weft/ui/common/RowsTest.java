package dev.weft.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Merging a refresh into a table's rows: identity kept, and one change per refresh, however many rows. */
class RowsTest {
    record Value(String key, int version) {
    }

    static final class Row extends Rows.Row<Value> {
        Row(Value v) {
            super(v);
        }
    }

    private static List<Value> values(int from, int to, int version) {
        return IntStream.range(from, to).mapToObj(i -> new Value("k" + i, version)).toList();
    }

    @Test
    void tenThousandNewRowsArriveAsOneChangeAndGoneRowsLeaveAsOne() {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        List<ListChangeListener.Change<? extends Row>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Row>) changes::add);

        Rows.merge(rows, values(0, 10_000, 1), Value::key, Row::new, (a, b) -> { });
        assertThat(rows).hasSize(10_000);
        assertThat(changes).as("a chart or a total listening to the rows runs once, not 10,000 times").hasSize(1);

        Row kept = rows.get(5_000);
        changes.clear();
        List<Value> changed = new ArrayList<>();
        Rows.merge(rows, values(5_000, 12_000, 2), Value::key, Row::new, (a, b) -> changed.add(b));
        assertThat(rows).hasSize(7_000);
        assertThat(rows.get(0)).as("the row that stayed is the same object: selection and scroll stay").isSameAs(kept);
        assertThat(kept.value().version()).isEqualTo(2);
        assertThat(changed).hasSize(5_000);
        assertThat(changes).as("one change for the rows that left, one for those that came").hasSize(2);
    }

    @Test
    void aRefreshThatAddsRemovesAndChangesRowsReachesTheTableAsOneChange() {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        ShownRows<Row> table = new ShownRows<>(rows, r -> r.value().key() + " v" + r.value().version());
        table.merge(() -> Rows.merge(rows, values(0, 100, 1), Value::key, Row::new, (a, b) -> { }));
        table.filter("v2", null);
        assertThat(table.shown()).isEmpty();
        List<ListChangeListener.Change<? extends Row>> changes = new ArrayList<>();
        table.shown().addListener((ListChangeListener<Row>) changes::add);

        // k0-k49 leave, k50-k99 change to version 2, k100-k149 come with version 2.
        Rows.Merged<Row> merged = table.merge(() -> Rows.merge(rows, values(50, 150, 2), Value::key, Row::new, (a, b) -> { }));
        assertThat(merged.gone()).hasSize(50);
        assertThat(merged.changed()).isTrue();
        assertThat(table.shown()).as("the changed rows and the new ones match the search").hasSize(100);
        assertThat(changes).as("one change of what the table shows, not one per kind of change").hasSize(1);

        changes.clear();
        merged = table.merge(() -> Rows.merge(rows, values(50, 150, 2), Value::key, Row::new, (a, b) -> { }));
        assertThat(merged.changed()).isFalse();
        assertThat(changes).as("the same list again changes nothing").isEmpty();
    }

    @Test
    void aKeyTwiceInOneAnswerMakesOneRowWithTheLaterValue() {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        Rows.merge(rows, List.of(new Value("a", 1), new Value("b", 1), new Value("a", 2)), Value::key, Row::new, (x, y) -> { });
        assertThat(rows).extracting(r -> r.value()).containsExactly(new Value("a", 2), new Value("b", 1));
    }

    @Test
    void aListKeyedInTwoPartsMergesAsTheListKeyedWhole() {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        Rows.merge(rows, values(0, 10, 1), Value::key, Row::new, (x, y) -> { });
        Row second = rows.get(7);

        Rows.Fresh<Value> first = Rows.Fresh.keyedBy(Value::key, 0);
        Rows.Fresh<Value> later = Rows.Fresh.keyedBy(Value::key, 0);
        values(0, 5, 2).forEach(first::add);
        values(5, 12, 2).forEach(later::add);
        assertThat(first.join(later)).as("no key in both: nothing replaced").isEmpty();
        assertThat(first.values()).isEqualTo(values(0, 12, 2));

        Rows.Merged<Row> merged = Rows.merge(rows, first, Row::new, (x, y) -> { });
        assertThat(merged.gone()).as("a row keyed in the later part is found there, not taken for gone").isEmpty();
        assertThat(rows).hasSize(12);
        assertThat(rows.get(7)).isSameAs(second);
        assertThat(second.value()).isEqualTo(new Value("k7", 2));
    }

    @Test
    void aKeyInBothPartsKeepsItsFirstPlaceAndItsLaterValue() {
        Rows.Fresh<Value> first = Rows.Fresh.keyedBy(Value::key, 0);
        Rows.Fresh<Value> later = Rows.Fresh.keyedBy(Value::key, 0);
        List.of(new Value("a", 1), new Value("b", 1)).forEach(first::add);
        List.of(new Value("c", 2), new Value("a", 2)).forEach(later::add);
        assertThat(first.join(later)).containsExactly(new Value("a", 1));
        assertThat(first.values()).containsExactly(new Value("a", 2), new Value("b", 1), new Value("c", 2));
        assertThat(first.add(new Value("c", 3))).as("a part joined is keyed too").isEqualTo(new Value("c", 2));
    }

    @Test
    void aValueReadAgainUnchangedIsTheEarlierObjectAndTheMergeLeavesItsRowAlone() {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        Rows.Fresh<Value> shown = Rows.Fresh.of(List.of(new Value("a", 1), new Value("b", 1)), Value::key);
        Rows.merge(rows, shown, Row::new, (x, y) -> { });
        Value a = shown.values().get(0);
        assertThat(shown.same(new Value("a", 1))).isSameAs(a);
        assertThat(shown.same(new Value("b", 2))).isEqualTo(new Value("b", 2));
        assertThat(shown.same(new Value("c", 1))).isEqualTo(new Value("c", 1));

        Rows.Fresh<Value> again = Rows.Fresh.of(List.of(shown.same(new Value("a", 1)), shown.same(new Value("b", 2))), Value::key);
        List<Value> changed = new ArrayList<>();
        Rows.merge(rows, again, Row::new, (x, y) -> changed.add(y));
        assertThat(changed).containsExactly(new Value("b", 2));
        assertThat(rows.get(0).value()).isSameAs(a);
    }
}
