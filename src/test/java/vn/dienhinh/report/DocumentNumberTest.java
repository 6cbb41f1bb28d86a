package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void numbersUnderTenArePadded() {
        assertThat(DocumentNumber.format(7, "BC", "UBND")).isEqualTo("Số: 07/BC-UBND");
        assertThat(DocumentNumber.format(1, "TTr", "UBND")).isEqualTo("Số: 01/TTr-UBND");
        assertThat(DocumentNumber.format(10, "KH", "UBND")).isEqualTo("Số: 10/KH-UBND");
        assertThat(DocumentNumber.format(1026, "KH", "VP")).isEqualTo("Số: 1026/KH-VP");
    }

    @Test
    void draftLeavesTheNumberOpen() {
        String s = DocumentNumber.format(null, "BC", "UBND");
        assertThat(s).startsWith("Số:").endsWith("/BC-UBND");
        assertThat(s.replace('\u00a0', ' ')).isEqualTo("Số:      /BC-UBND");
    }

    @Test
    void kindsComeFromTheBundle() {
        assertThat(DocumentNumber.format(124, DocumentKind.PLAN.abbreviation(), "UBND")).isEqualTo("Số: 124/KH-UBND");
        assertThat(DocumentKind.SUBMISSION.abbreviation()).isEqualTo("TTr");
        assertThat(DocumentKind.REPORT.title()).isEqualTo("BÁO CÁO");
        assertThat(DocumentKind.DECISION.abbreviation()).isEqualTo("QĐ");
    }

    @Test
    void missingSymbolAndBadNumbers() {
        assertThat(DocumentNumber.symbol("BC", " ")).isEqualTo("BC");
        assertThatThrownBy(() -> DocumentNumber.format(0, "BC", "UBND")).isInstanceOf(IllegalArgumentException.class);
    }
}
