package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class VnDatesTest {

    @Test
    void daysUnderTenAndJanuaryFebruaryArePadded() {
        assertThat(VnDates.placeAndDate("Quận 1", LocalDate.of(2024, 1, 5)))
                .isEqualTo("Quận 1, ngày 05 tháng 01 năm 2024");
        assertThat(VnDates.longDate(LocalDate.of(2024, 2, 29))).isEqualTo("ngày 29 tháng 02 năm 2024");
    }

    @Test
    void monthsFromMarchAreNotPadded() {
        assertThat(VnDates.placeAndDate("Quận 1", LocalDate.of(2023, 9, 22)))
                .isEqualTo("Quận 1, ngày 22 tháng 9 năm 2023");
        assertThat(VnDates.longDate(LocalDate.of(2024, 3, 3))).isEqualTo("ngày 03 tháng 3 năm 2024");
        assertThat(VnDates.longDate(LocalDate.of(2023, 12, 15))).isEqualTo("ngày 15 tháng 12 năm 2023");
        assertThat(VnDates.longDate(LocalDate.of(2023, 10, 10))).isEqualTo("ngày 10 tháng 10 năm 2023");
    }

    @Test
    void eachPartFollowsTheRule() {
        assertThat(VnDates.day(1)).isEqualTo("01");
        assertThat(VnDates.day(9)).isEqualTo("09");
        assertThat(VnDates.day(10)).isEqualTo("10");
        assertThat(VnDates.month(1)).isEqualTo("01");
        assertThat(VnDates.month(2)).isEqualTo("02");
        for (int m = 3; m <= 12; m++) {
            assertThat(VnDates.month(m)).isEqualTo(String.valueOf(m));
        }
        assertThatThrownBy(() -> VnDates.month(13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VnDates.day(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void draftLeavesTheDayOpen() {
        String line = VnDates.placeAndMonth("Thắng Lợi", YearMonth.of(2021, 11));
        assertThat(line).startsWith("Thắng Lợi, ngày ").endsWith(" tháng 11 năm 2021");
        assertThat(line.replace('\u00a0', ' ')).contains("ngày       tháng");
        assertThat(VnDates.placeAndMonth("", YearMonth.of(2024, 1))).endsWith("tháng 01 năm 2024").startsWith("ngày");
    }

    @Test
    void blankPlaceGivesJustTheDate() {
        assertThat(VnDates.placeAndDate(" ", LocalDate.of(2024, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2024");
    }

    @Test
    void shortDatesAreFullyPadded() {
        assertThat(VnDates.shortDate(LocalDate.of(2024, 3, 5))).isEqualTo("05/03/2024");
        assertThat(VnDates.shortDate(null)).isEmpty();
    }
}
