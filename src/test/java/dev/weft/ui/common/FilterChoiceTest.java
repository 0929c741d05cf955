package dev.weft.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FilterChoiceTest {

    @Test
    void aChoiceIsKeptWhileTheRowsHoldItAndGoesBackToAllWhenTheyNoLongerDo() {
        FilterChoice zone = new FilterChoice("All");
        assertThat(zone.wanted()).as("every row, at first").isNull();
        zone.offer(List.of("US-EAST-04A", "US-WEST-04A"));
        assertThat(zone.choices()).containsExactly("All", "US-EAST-04A", "US-WEST-04A");
        zone.chosenProperty().set("US-WEST-04A");
        assertThat(zone.wanted()).isEqualTo("US-WEST-04A");

        zone.offer(List.of("US-CENTRAL-02A", "US-WEST-04A"));
        assertThat(zone.choices()).containsExactly("All", "US-CENTRAL-02A", "US-WEST-04A");
        assertThat(zone.wanted()).as("still held by a row").isEqualTo("US-WEST-04A");

        zone.offer(List.of("US-CENTRAL-02A"));
        assertThat(zone.chosenProperty().get()).as("its last row gone").isEqualTo("All");
        assertThat(zone.wanted()).isNull();
    }
}
