package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyNameTest {

    @Test
    void nameTypedInMixedCaseIsKeptAsTyped() {
        assertThat(AgencyName.inSentence("Ủy ban nhân dân  phường Thắng Lợi")).isEqualTo("Ủy ban nhân dân phường Thắng Lợi");
    }

    @Test
    void capitalsAreLoweredKeepingBodiesUnitsAndProperNames() {
        assertThat(AgencyName.inSentence("ỦY BAN NHÂN DÂN QUẬN 1")).isEqualTo("Ủy ban nhân dân Quận 1");
        assertThat(AgencyName.inSentence("ỦY BAN NHÂN DÂN PHƯỜNG THẮNG LỢI"))
                .isEqualTo("Ủy ban nhân dân phường Thắng Lợi");
        assertThat(AgencyName.inSentence("VĂN PHÒNG UBND TỈNH TÂY NINH")).isEqualTo("Văn phòng UBND tỉnh Tây Ninh");
        assertThat(AgencyName.inSentence("PHÒNG NỘI VỤ QUẬN HAI BÀ TRƯNG")).isEqualTo("Phòng Nội vụ quận Hai Bà Trưng");
        assertThat(AgencyName.inSentence("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"))
                .isEqualTo("Ủy ban nhân dân thành phố Hồ Chí Minh");
    }

    @Test
    void theWordForCommuneInsideACooperativeOrASocialBodyStartsNoProperName() {
        assertThat(AgencyName.inSentence("BẢO HIỂM XÃ HỘI QUẬN 1")).isEqualTo("Bảo hiểm xã hội Quận 1");
        assertThat(AgencyName.inSentence("HỢP TÁC XÃ NÔNG NGHIỆP XÃ TÂN PHÚ"))
                .isEqualTo("Hợp tác xã nông nghiệp xã Tân Phú");
    }
}
