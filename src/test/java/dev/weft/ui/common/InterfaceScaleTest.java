package dev.weft.ui.common;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface's size chosen in Preferences reaches JavaFX's own setting, on the systems that have one. */
class InterfaceScaleTest {
    @Test
    void aChosenSizeSetsTheScaleJavaFxReadsAsItStartsOnLinuxAndWindows() {
        Properties linux = new Properties();
        InterfaceScale.applyBeforeStart(125, linux, "Linux");
        assertThat(linux).containsOnly(java.util.Map.entry("glass.gtk.uiScale", "1.25"));

        Properties windows = new Properties();
        InterfaceScale.applyBeforeStart(200, windows, "Windows 11");
        assertThat(windows).containsOnly(java.util.Map.entry("glass.win.uiScale", "2.0"));
    }

    @Test
    void nothingIsSetForTheSystemsOwnSizeOnAMacOrForASizeNotOffered() {
        for (Integer none : new Integer[]{null, InterfaceScale.SYSTEM, 1000, 10}) {
            Properties p = new Properties();
            InterfaceScale.applyBeforeStart(none, p, "Linux");
            assertThat(p).as("%s", none).isEmpty();
        }
        Properties mac = new Properties();
        InterfaceScale.applyBeforeStart(150, mac, "Mac OS X");
        assertThat(mac).as("macOS scales every application itself").isEmpty();
        assertThat(InterfaceScale.property("Mac OS X")).isNull();
    }

    @Test
    void aScaleGivenOnTheCommandLineIsKept() {
        Properties p = new Properties();
        p.setProperty("glass.gtk.uiScale", "2");
        InterfaceScale.applyBeforeStart(125, p, "Linux");
        assertThat(p.getProperty("glass.gtk.uiScale")).isEqualTo("2");
    }

    @Test
    void theChoicesReadAsPercentagesAndAFileEditedByHandFallsBackToTheSystems() {
        assertThat(InterfaceScale.CHOICES.stream().map(InterfaceScale::label))
                .containsExactly("As the system sets it", "100%", "125%", "150%", "175%", "200%");
        assertThat(InterfaceScale.choiceOf(150)).isEqualTo(150);
        assertThat(InterfaceScale.choiceOf(null)).isEqualTo(InterfaceScale.SYSTEM);
        assertThat(InterfaceScale.choiceOf(133)).isEqualTo(InterfaceScale.SYSTEM);
    }

    @Test
    void onlySizesAtWhichTheSmallestWindowStillFitsTheScreenAreOffered() {
        // A 1,366 × 768 laptop less its panel, the window's least size 760 × 480: 175 % leaves 438 px of height.
        assertThat(InterfaceScale.fitting(1366, 736, 760, 480)).containsExactly(InterfaceScale.SYSTEM, 100, 125, 150);
        assertThat(InterfaceScale.fitting(1920, 1048, 760, 480)).containsExactly(InterfaceScale.SYSTEM, 100, 125, 150, 175, 200);
        assertThat(InterfaceScale.fitting(800, 600, 760, 480)).as("the system's own is always offered")
                .containsExactly(InterfaceScale.SYSTEM, 100);
    }
}
