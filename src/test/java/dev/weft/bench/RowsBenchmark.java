package dev.weft.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.testing.ScaleAnswer;
import dev.weft.ui.accesskeys.KeyItem;
import dev.weft.ui.common.Rows;
import dev.weft.ui.common.ShownRows;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;
import java.util.Map;

/**
 * What the Access Keys tab does on the FX thread with 100,000 keys, without a window: a first load
 * merged into an empty table, a refresh that changes nothing merged into a full one, a search
 * keystroke's sweep (the filter alone; the scale benchmark adds the layout), and a header click's sort
 * by a column of 50 values and by one of 100,000 (then back to the server's order, which costs nothing).
 */
public class RowsBenchmark extends Micro {
    private static final int KEYS = 100_000;
    /** Typed in turn, each keystroke changes the rows shown. */
    private static final String[] TYPED = {"scale-principal-1", "scale-principal-17", "cwscale0000", "active"};

    private javafx.scene.control.TableColumn<KeyItem, String> principal;
    private javafx.scene.control.TableColumn<KeyItem, String> id;
    private Rows.Fresh<AccessKeyInfo> fresh;
    private ObservableList<KeyItem> full;
    private ShownRows<KeyItem> fullShown;
    private final ObservableList<KeyItem> loading = FXCollections.observableArrayList();
    private final ShownRows<KeyItem> loadingShown = new ShownRows<>(loading, KeyItem::searchText);
    private int typed;

    @Setup
    public void keys() throws Exception {
        byte[] answer = ScaleAnswer.accessKeys(KEYS);
        Rows.Fresh<AccessKeyInfo> earlier = Rows.Fresh.of(read(answer), AccessKeyInfo::accessKeyId);
        full = FXCollections.observableArrayList();
        fullShown = new ShownRows<>(full, KeyItem::searchText);
        fullShown.merge(() -> Rows.merge(full, earlier, KeyItem::new, (a, b) -> { }));
        // A column asks its table for its cells' values; a table needs the toolkit.
        Benchmarks.startHeadlessToolkit();
        principal = dev.weft.ui.common.Columns.text("Principal", (KeyItem i) -> i.info().principalName());
        id = dev.weft.ui.common.Columns.text("Access key ID", (KeyItem i) -> i.info().accessKeyId());
        id.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())); // as the tab's
        new javafx.scene.control.TableView<KeyItem>().getColumns().addAll(List.of(principal, id));
        // The same answer read again, as the tab reads it: against the keys the table shows.
        fresh = Rows.Fresh.of(read(answer).stream().map(earlier::same).toList(), AccessKeyInfo::accessKeyId);
    }

    private static List<AccessKeyInfo> read(byte[] answer) throws java.io.IOException {
        return Json.MAPPER.readValue(answer, new TypeReference<Map<String, List<AccessKeyInfo>>>() { }).get("info");
    }

    /**
     * One table emptied (not measured) and loaded again, as the tab is: a new table each time would leave
     * every table's search index to be made on the sweeper thread, a backlog that grows without end.
     */
    @Setup(org.openjdk.jmh.annotations.Level.Invocation)
    public void empty() {
        loading.clear();
    }

    @Benchmark
    public ObservableList<KeyItem> firstLoad() {
        loadingShown.merge(() -> Rows.merge(loading, fresh, KeyItem::new, (a, b) -> { }));
        return loadingShown.shown();
    }

    @Benchmark
    public Rows.Merged<KeyItem> refreshThatChangesNothing() {
        return fullShown.merge(() -> Rows.merge(full, fresh, KeyItem::new, (a, b) -> { }));
    }

    @Benchmark
    public int keystroke() {
        fullShown.filter(TYPED[typed++ % TYPED.length], null);
        return fullShown.shown().size();
    }

    @Benchmark
    public int sortByPrincipal() {
        return sortBy(principal);
    }

    @Benchmark
    public int sortById() {
        return sortBy(id);
    }

    private int sortBy(javafx.scene.control.TableColumn<KeyItem, String> column) {
        fullShown.filter("", null);
        fullShown.orderBy(List.of(ShownRows.SortKey.of(column)));
        int first = System.identityHashCode(fullShown.shown().get(0));
        if (column.getCellData(fullShown.shown().get(0)) == null) {
            throw new IllegalStateException("the column gives no values: nothing was sorted");
        }
        fullShown.orderBy(List.of());
        return first;
    }
}
