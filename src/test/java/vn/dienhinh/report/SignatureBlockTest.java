package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;

class SignatureBlockTest {

    private final OfficeProfile base = OfficeProfile.example();

    @Test
    void onBehalfOfTheCommitteeAsDeputy() {
        assertThat(SignatureBlock.authorityLines(base))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void chairmanForTheCommittee() {
        OfficeProfile p = base.withSigner("Lê Đức Thanh", "Chủ tịch", SigningAuthority.OWN);
        assertThat(SignatureBlock.authorityLines(p)).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    @Test
    void headOfOfficeInOwnRight() {
        OfficeProfile p = base.withOnBehalfOf("").withSigner("Đoàn Minh Long", "CHÁNH VĂN PHÒNG",
                SigningAuthority.OWN);
        assertThat(SignatureBlock.authorityLines(p)).containsExactly("CHÁNH VĂN PHÒNG");
    }

    @Test
    void actingByOrderAndByDelegation() {
        OfficeProfile none = base.withOnBehalfOf("");
        assertThat(SignatureBlock.authorityLines(none.withSigner("A", "PHÓ CHỦ TỊCH", SigningAuthority.ACTING)))
                .containsExactly("Q. CHỦ TỊCH");
        assertThat(SignatureBlock.authorityLines(none.withSigner("A", "Chánh Văn phòng", SigningAuthority.BY_ORDER)))
                .containsExactly("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
        assertThat(SignatureBlock.authorityLines(none.withSigner("A", "GIÁM ĐỐC SỞ NỘI VỤ",
                SigningAuthority.BY_DELEGATION))).containsExactly("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ");
    }

    @Test
    void recipientsEndWithTheArchiveLine() {
        assertThat(SignatureBlock.recipientLines(List.of("Lưu: VT, NV", "- UBND tỉnh Phú Thọ.", "Phòng NV")))
                .containsExactly("- UBND tỉnh Phú Thọ;", "- Phòng NV;", "- Lưu: VT, NV.");
        assertThat(SignatureBlock.recipientLines(List.of("Như trên"))).containsExactly("- Như trên;", "- Lưu: VT.");
        assertThat(SignatureBlock.recipientLines(List.of())).containsExactly("- Lưu: VT.");
    }
}
