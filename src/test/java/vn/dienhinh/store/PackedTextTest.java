package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long texts are stored packed and read back exactly; short or incompressible ones stay text. */
class PackedTextTest {

    private static final String ACCOUNT = "Bà Nguyễn Thị Ánh, Tổ trưởng tổ dân phố 5, phường Bến Nghé. Từ năm 2020 "
            + "đến nay, bà đã tích cực vận động nhân dân tham gia phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa, "
            + "quyên góp hơn 120 triệu đồng hỗ trợ 35 hộ có hoàn cảnh khó khăn, hòa giải thành 12 vụ việc.\n"
            + "Bà được Ủy ban nhân dân quận tặng Giấy khen năm 2023. 😊";

    @Test
    void aLongTextIsPackedToLessThanHalfAndReadBackExactly() {
        Object packed = PackedText.pack(ACCOUNT);
        assertThat(packed).isInstanceOf(byte[].class);
        assertThat(((byte[]) packed)[0]).isEqualTo(PackedText.DEFLATE_1);
        assertThat(((byte[]) packed).length).isLessThan(ACCOUNT.getBytes(StandardCharsets.UTF_8).length / 2);
        assertThat(PackedText.unpack(packed)).isEqualTo(ACCOUNT);
    }

    @Test
    void shortNullAndIncompressibleTextsStayText() {
        assertThat(PackedText.pack(null)).isNull();
        assertThat(PackedText.unpack(null)).isNull();
        assertThat(PackedText.pack("Hiến máu 12 lần")).isEqualTo("Hiến máu 12 lần");
        StringBuilder noise = new StringBuilder();
        Random r = new Random(1);
        for (int i = 0; i < 60; i++) {
            noise.append((char) ('!' + r.nextInt(94))); // a code, a link: nothing to gain
        }
        assertThat(PackedText.pack(noise.toString())).isEqualTo(noise.toString());
    }

    @Test
    void aPackedValueInTheHistoryReadsAsText() {
        byte[] packed = (byte[]) PackedText.pack(ACCOUNT);
        String inHistory = PackedText.IN_HISTORY + java.util.HexFormat.of().withUpperCase().formatHex(packed);
        assertThat(PackedText.fromHistory(inHistory)).isEqualTo(ACCOUNT);
        assertThat(PackedText.fromHistory("Phường Bến Nghé")).isEqualTo("Phường Bến Nghé");
        assertThat(PackedText.fromHistory(null)).isNull();
    }
}
