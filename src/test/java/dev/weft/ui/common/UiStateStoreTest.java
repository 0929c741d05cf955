package dev.weft.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ui-state.json shared by two Weft windows (two processes on one settings folder), each with its own store. */
class UiStateStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatEachWindowChangedIsKeptWhicheverIsClosedLast() {
        UiStateStore first = new UiStateStore(dir);
        UiStateStore second = new UiStateStore(dir);
        UiState a = first.load();
        UiState b = second.load();

        a = a.withTheme(Theme.DARK).withSort("keys", List.of("principal:ASC"));
        first.save(a); // the dark theme chosen in the first window
        b = b.withTab(2).withSort("clusters", List.of("name:DESC")).withGeometry(40, 50, 1000, 700, false).withInterfaceScale(150);
        second.save(b); // the second window, which left the theme alone, saves its tab, a sort and its place
        a = a.withAutoRefresh(AutoRefresh.FIVE_MINUTES).withGeometry(10, 20, 1300, 800, false);
        first.save(a); // the first window closed last, with its place

        UiState next = new UiStateStore(dir).load();
        assertThat(next.themeOrSystem()).as("the theme chosen in the first window").isEqualTo(Theme.DARK);
        assertThat(next.autoRefreshOrOff()).isEqualTo(AutoRefresh.FIVE_MINUTES);
        assertThat(next.tab()).as("the tab the second window was left on").isEqualTo(2);
        assertThat(next.interfaceScale()).as("the size chosen in the second window").isEqualTo(150);
        assertThat(next.sortOf("keys")).containsExactly("principal:ASC");
        assertThat(next.sortOf("clusters")).as("the second window's sort of another table").containsExactly("name:DESC");
        assertThat(List.of(next.x(), next.y(), next.width(), next.height())).as("the place of the window moved last")
                .containsExactly(10.0, 20.0, 1300.0, 800.0);

        second.save(b.withTab(1)); // the second window, saved again, still leaves the others' settings as they are
        UiState after = new UiStateStore(dir).load();
        assertThat(after.themeOrSystem()).isEqualTo(Theme.DARK);
        assertThat(after.tab()).isEqualTo(1);
        assertThat(after.interfaceScale()).isEqualTo(150);
        assertThat(after.width()).isEqualTo(1300.0);
    }

    @Test
    void aWindowAloneSavesWhatItHasAndAnUnreadableFileIsReplaced() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("ui-state.json"), "{not json");
        UiStateStore store = new UiStateStore(dir);
        UiState s = store.load().withTheme(Theme.LIGHT).withColumns(java.util.Map.of("keys", List.of("id", "-status")));
        store.save(s);
        assertThat(new UiStateStore(dir).load()).isEqualTo(s);
    }
}
