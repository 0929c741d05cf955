package dev.weft.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a table shows of its rows: search in any case, a condition, an order, and no change when nothing changed. */
class ShownRowsTest {
    /** A row whose text can change in place, as a refresh does to a key's status. */
    static final class Row {
        final String name;
        String text;

        Row(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Row alpha = new Row("alpha", "alpha active team-a");
    private final Row beta = new Row("beta", "beta revoked team-b");
    private final Row gamma = new Row("gamma", "gamma active team-a");
    private final ObservableList<Row> source = FXCollections.observableArrayList(alpha, beta, gamma);
    private final ShownRows<Row> rows = new ShownRows<>(source, r -> r.text);

    @Test
    void searchesInAnyCaseWithinOneRowOnly() {
        rows.filter("  TEAM-A ", null);
        assertThat(rows.shown()).containsExactly(alpha, gamma);
        rows.filter("a-b", null);
        assertThat(rows.shown()).as("no match across two rows' texts").isEmpty();
        rows.filter("", null);
        assertThat(rows.shown()).containsExactly(alpha, beta, gamma);
    }

    @Test
    void findsTextBeyondAsciiAndTextThatSpansNoRowEnd() {
        Row eclair = new Row("éclair", "éclair active ünïcode-π");
        source.add(eclair);
        rows.filter("ÉCLAIR", null);
        assertThat(rows.shown()).containsExactly(eclair);
        rows.filter("ünïcode-π", null);
        assertThat(rows.shown()).containsExactly(eclair);
        rows.filter("team-a", null);
        assertThat(rows.shown()).as("the last row's text, up to its very end").containsExactly(alpha, gamma);
        rows.filter("a", null);
        assertThat(rows.shown()).containsExactly(alpha, beta, gamma, eclair);
        rows.filter("ctive team-a", null);
        assertThat(rows.shown()).as("a match at a row's end").containsExactly(alpha, gamma);
    }

    @Test
    void theShownRowsAreTheTablesAloneAndChangeAsOne() {
        List<ListChangeListener.Change<? extends Row>> changes = new java.util.ArrayList<>();
        rows.shown().addListener((ListChangeListener<Row>) c -> changes.add(c));
        rows.filter("active", null);
        assertThat(changes).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.shown().add(beta))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aListenerThatAppliesEachChangeKeepsACopyOfTheShownRows() {
        // What a table does with the changes: it must end up with the same rows, in the same order.
        List<Row> copy = new java.util.ArrayList<>(rows.shown());
        rows.shown().addListener((ListChangeListener<Row>) c -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(c::getFrom).as("only after next()")
                    .isInstanceOf(IllegalStateException.class);
            while (c.next()) {
                copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                copy.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
        for (String query : List.of("active", "team-b", "", "a", "zzz", "gamma", "")) {
            rows.filter(query, null);
            assertThat(copy).as(query).containsExactlyElementsOf(rows.shown());
        }
        rows.filter("", r -> r != beta);
        rows.orderBy(List.of(new ShownRows.SortKey<>(r -> r.name, Comparator.comparing(Object::toString), true)));
        assertThat(copy).containsExactly(gamma, alpha);
        rows.orderBy(List.of());
        rows.filter("a", null);
        assertThat(copy).containsExactly(alpha, beta, gamma);
        rows.filter("a", r -> r != alpha);
        assertThat(copy).as("the same text found, another condition").containsExactly(beta, gamma);
        rows.filter("a", null);
        assertThat(copy).as("and back").containsExactly(alpha, beta, gamma);
    }

    @Test
    void aConditionAndAnOrderApplyTogetherWithTheSearch() {
        rows.orderBy(List.of(new ShownRows.SortKey<>(r -> r.name, Comparator.comparing(Object::toString), true)));
        rows.filter("active", r -> r != alpha);
        assertThat(rows.shown()).containsExactly(gamma);
        rows.filter("", null);
        assertThat(rows.shown()).containsExactly(gamma, beta, alpha);
        rows.orderBy(List.of());
        assertThat(rows.shown()).as("back to the source's order").containsExactly(alpha, beta, gamma);
    }

    @Test
    void aColumnSortsAsTheTableWouldButWithKeysMadeOncePerRow() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // a column gives values only inside a table, a control
        javafx.scene.control.TableColumn<Row, String> name = new javafx.scene.control.TableColumn<>("Name");
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name));
        ObservableList<Row> mixed = FXCollections.observableArrayList();
        for (String n : List.of("beta", "Alpha", "alpha", "Gamma", "gamma-2", "Éclair", "eclair", "zeta", "Beta")) {
            mixed.add(new Row(n, n));
        }
        new javafx.scene.control.TableView<>(mixed).getColumns().add(name);
        ShownRows<Row> table = new ShownRows<>(mixed, r -> r.text);
        table.orderBy(List.of(ShownRows.SortKey.of(name)));
        @SuppressWarnings("unchecked") // the table's default comparator is declared raw
        Comparator<String> tables = (Comparator<String>) (Comparator<?>) javafx.scene.control.TableColumn.DEFAULT_COMPARATOR;
        List<String> expected = mixed.stream().map(r -> r.name).sorted(tables).toList();
        assertThat(table.shown()).extracting(r -> r.name).containsExactlyElementsOf(expected);
        List<String> reversed = new java.util.ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        table.orderBy(List.of(ShownRows.SortKey.of(name)));
        assertThat(table.shown()).extracting(r -> r.name).containsExactlyElementsOf(reversed);
    }

    @Test
    void twoKeysOfRepeatedValuesSortAsAStableSortByBoth() {
        // Equal texts are sometimes the same object, sometimes not: ties are by value, not by identity.
        java.util.Random random = new java.util.Random(7);
        String[] names = {"delta", "alpha", null, "charlie", "bravo", "echo", "Alpha"};
        String[] statuses = {"ACTIVE", "REVOKED", "EXPIRED"};
        ObservableList<Row> many = FXCollections.observableArrayList();
        for (int i = 0; i < 2_000; i++) {
            String name = names[random.nextInt(names.length)];
            many.add(new Row(name == null || random.nextBoolean() ? name : new String(name), statuses[random.nextInt(3)] + " " + i));
        }
        Comparator<Object> byText = Comparator.nullsFirst(Comparator.comparing(Object::toString));
        java.util.function.Function<Row, Object> status = r -> r.text.substring(0, r.text.indexOf(' '));
        ShownRows<Row> table = new ShownRows<>(many, r -> r.text);
        table.orderBy(List.of(new ShownRows.SortKey<>(status, byText, false), new ShownRows.SortKey<>(r -> r.name, byText, true)));

        List<Row> expected = new java.util.ArrayList<>(many);
        expected.sort((a, b) -> { // List.sort is stable: ties keep the list's order
            int c = byText.compare(status.apply(a), status.apply(b));
            return c != 0 ? c : -byText.compare(a.name, b.name);
        });
        assertThat(table.shown()).containsExactlyElementsOf(expected);
    }

    @Test
    void followsRowsAddedAndRemovedAndTakesInChangedValuesOnRefresh() {
        rows.filter("active", null);
        Row delta = new Row("delta", "delta active team-c");
        source.add(delta);
        source.remove(alpha);
        assertThat(rows.shown()).containsExactly(gamma, delta);
        gamma.text = "gamma revoked team-a";
        rows.refresh();
        assertThat(rows.shown()).containsExactly(delta);
    }

    @Test
    void aKeystrokeThatLeavesTheSameRowsChangesNothing() {
        rows.filter("active", null);
        List<String> changes = new java.util.ArrayList<>();
        rows.shown().addListener((ListChangeListener<Row>) c -> changes.add(String.valueOf(c.getList())));
        rows.filter("active ", null);
        rows.filter("ACTIVE", null);
        rows.filter("active team", r -> true);
        assertThat(changes).as("the same two rows each time: the table is not touched").isEmpty();
        rows.filter("team-b", null);
        assertThat(changes).containsExactly("[beta]");
    }

    @Test
    void manyRowsMatchedBySweepingTheirJoinedTexts() {
        ObservableList<Row> many = FXCollections.observableArrayList();
        for (int i = 0; i < 100_000; i++) {
            many.add(new Row("k" + i, "cwkey" + i + " principal-" + (i % 50)));
        }
        ShownRows<Row> big = new ShownRows<>(many, r -> r.text);
        big.filter("principal-17", null);
        assertThat(big.shown()).hasSize(2_000).allMatch(r -> r.text.endsWith("principal-17"));
        big.filter("cwkey9999", null);
        assertThat(big.shown()).extracting(r -> r.name).containsExactly("k9999", "k99990", "k99991", "k99992", "k99993", "k99994",
                "k99995", "k99996", "k99997", "k99998", "k99999");
    }

    @Test
    void aLongListSweptInTwoHalvesFindsExactlyWhatContainsTheText() {
        java.util.Random random = new java.util.Random(11);
        ObservableList<Row> many = FXCollections.observableArrayList();
        for (int i = 0; i < 60_001; i++) { // odd, so the halves differ in size
            StringBuilder text = new StringBuilder("x"); // every row: a query "x" must find all 60,001
            for (int c = random.nextInt(12); c > 0; c--) {
                text.append("abcé-".charAt(random.nextInt(5)));
            }
            many.add(new Row("r" + i, text.toString()));
        }
        // The helper thread takes the second half before this thread is done with the first, or never starts.
        for (java.util.concurrent.Executor helper : List.<java.util.concurrent.Executor>of(Runnable::run, task -> { })) {
            ShownRows<Row> big = new ShownRows<>(many, r -> r.text, helper);
            for (String query : List.of("x", "a", "ab", "é-", "cab", "-a-b", "aaaa", "ée", "bcé-ab", "xa")) {
                big.filter(query, null);
                assertThat(big.shown()).as(query).containsExactlyElementsOf(many.stream().filter(r -> r.text.contains(query)).toList());
            }
        }
    }

    @Test
    void theSearchIndexIsMadeOnTheSweeperAsSoonAsTheRowsChangeNotAtTheNextKeystroke() throws Exception {
        java.util.concurrent.ExecutorService sweeper = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.Set<Thread> workedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
            ObservableList<Row> source = FXCollections.observableArrayList(alpha, beta);
            ShownRows<Row> table = new ShownRows<>(source, r -> {
                workedOn.add(Thread.currentThread());
                return r.text;
            }, sweeper);
            source.add(gamma);
            sweeper.submit(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS); // the sweeper has done what it was given
            workedOn.clear();
            table.filter("team-a", null);
            assertThat(table.shown()).containsExactly(alpha, gamma);
            assertThat(workedOn).as("no search text worked out at the keystroke").isEmpty();

            table.filter("", null);
            source.remove(alpha);
            sweeper.submit(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(workedOn).as("the index of the changed rows, made on the sweeper").isNotEmpty()
                    .doesNotContain(Thread.currentThread());
            workedOn.clear();
            table.filter("team-a", null);
            assertThat(table.shown()).containsExactly(gamma);
            assertThat(workedOn).isEmpty();
        } finally {
            sweeper.shutdownNow();
        }
    }

    @Test
    void aNewIndexIsNeverMadeWhileTheOneItReplacesIsStillBeingMade() throws Exception {
        java.util.concurrent.ExecutorService sweeper = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CountDownLatch sweeperBegan = new java.util.concurrent.CountDownLatch(1);
            ObservableList<Row> source = FXCollections.observableArrayList();
            ShownRows<Row> table = new ShownRows<>(source, r -> {
                // A row's remembered search text (Derived) is not made for two threads at once.
                if (inside.incrementAndGet() > 1) {
                    overlapped.set(true);
                }
                if (Thread.currentThread() != testThread) {
                    sweeperBegan.countDown();
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inside.decrementAndGet();
                }
                return r.text;
            }, sweeper);
            List<Row> many = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(new Row("row" + i, "row" + i + " active team-b"));
            }
            source.setAll(many);
            assertThat(sweeperBegan.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            source.add(alpha); // the rows change again while the sweeper makes the first index
            table.filter("team-a", null); // so the keystroke makes the second one here
            assertThat(table.shown()).containsExactly(alpha);
            assertThat(overlapped).as("search texts worked out by two threads at once").isFalse();
        } finally {
            sweeper.shutdownNow();
        }
    }

    private final Thread testThread = Thread.currentThread();
}
