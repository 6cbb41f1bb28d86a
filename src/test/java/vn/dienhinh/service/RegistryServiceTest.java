package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

class RegistryServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    RegistryService registry;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        registry = t.registry;
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void anEmptyNameOrAnImpossibleBirthYearIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> registry.save(person("  ", 1980).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không được để trống");
        assertThatThrownBy(() -> registry.save(person("Nguyễn Văn A", 19855).build()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).containsKey("birthYear"));
        assertThatThrownBy(() -> registry.save(person("Nguyễn Văn A", 2027).build()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> registry.save(person("Nguyễn Văn A", 1980).birthDate(LocalDate.of(1981, 2, 3)).build()))
                .hasMessageContaining("không khớp");
        assertThatThrownBy(() -> registry.save(person("Nguyễn Văn A", 1980).unitId(404L).build()))
                .isInstanceOf(UserException.class).hasMessageContaining("404");
        assertThat(registry.count(ExemplarFilter.ALL)).isZero();
    }

    @Test
    void textIsStoredAsNfcWithStraySpacesRemoved() {
        String nfd = Normalizer.normalize("  Nguyễn   Thị\u00a0Ánh ", Normalizer.Form.NFD);
        Exemplar e = registry.save(person(nfd, 1985).summary(" Hiến máu \n 20 lần ").build());
        Exemplar stored = registry.require(e.id());
        assertThat(stored.name()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(Normalizer.isNormalized(stored.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(stored.summary()).isEqualTo("Hiến máu 20 lần");
    }

    @Test
    void saveNeverChangesTheStatusAndANewExemplarStartsItsHistory() {
        Exemplar e = registry.save(person("Lê Thị Hồng", 1970).foundOn(LocalDate.of(2024, 4, 2)).build());
        assertThat(registry.history(e.id())).singleElement()
                .satisfies(h -> {
                    assertThat(h.to()).isEqualTo(ExemplarStatus.FOUND);
                    assertThat(h.date()).isEqualTo(LocalDate.of(2024, 4, 2));
                });
        registry.save(registry.require(e.id()).toBuilder().status(ExemplarStatus.REPLICATED).position("Tổ trưởng").build());
        assertThat(registry.require(e.id()).status()).isEqualTo(ExemplarStatus.FOUND);
        assertThat(registry.require(e.id()).position()).isEqualTo("Tổ trưởng");
    }

    @Test
    void aStatusChangeNeedsAReasonAndAnAllowedStepAndIsKeptInTheHistory() {
        Exemplar e = registry.save(person("Võ Văn Kiệt", 1960).foundOn(LocalDate.of(2024, 10, 1)).build());
        assertThatThrownBy(() -> registry.changeStatus(e.id(), ExemplarStatus.NURTURED, LocalDate.of(2024, 9, 30), "Sớm"))
                .hasMessageContaining("trước bước trước");
        assertThatThrownBy(() -> registry.changeStatus(e.id(), ExemplarStatus.NURTURED, LocalDate.of(2030, 1, 1), "Muộn"))
                .hasMessageContaining("tương lai");
        assertThatThrownBy(() -> registry.changeStatus(e.id(), ExemplarStatus.NURTURED, null, "  "))
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> registry.changeStatus(e.id(), ExemplarStatus.REPLICATED, null, "Nhân rộng"))
                .hasMessageContaining("Không thể chuyển từ “Phát hiện” sang “Nhân rộng”");
        assertThatThrownBy(() -> registry.changeStatus(e.id(), ExemplarStatus.FOUND, null, "x"))
                .hasMessageContaining("đang ở trạng thái");
        registry.changeStatus(e.id(), ExemplarStatus.NURTURED, LocalDate.of(2025, 1, 2), "Chọn bồi dưỡng");
        registry.changeStatus(e.id(), ExemplarStatus.DROPPED, LocalDate.of(2025, 6, 1), "Chuyển công tác khỏi địa bàn");
        assertThat(registry.history(e.id())).extracting(h -> h.to() + ":" + h.reason()).containsExactly(
                "FOUND:null", "NURTURED:Chọn bồi dưỡng", "DROPPED:Chuyển công tác khỏi địa bàn");
        assertThat(registry.require(e.id()).status()).isEqualTo(ExemplarStatus.DROPPED);
    }

    @Test
    void possibleDuplicatesIgnoreDiacriticsButNeedTheSameBirthYear() {
        Exemplar first = registry.save(person("Nguyễn Văn Đức", 1980).build());
        assertThat(registry.possibleDuplicates(person("nguyen van duc", 1980).build())).containsExactly(first.id());
        assertThat(registry.possibleDuplicates(person("Nguyễn Văn Đức", 1981).build())).isEmpty();
        assertThat(registry.possibleDuplicates(first)).isEmpty();
    }

    @Test
    void deedsNeedATitleAndCollectivesKeepNoPersonalAttributes() {
        Exemplar c = registry.save(collective("Chi đoàn Khu phố 2").build());
        assertThatThrownBy(() -> registry.saveDeed(new Deed(null, c.id(), null, " ", null)))
                .hasMessageContaining("nội dung");
        Deed d = registry.saveDeed(new Deed(null, c.id(), LocalDate.of(2024, 3, 26), "Ra quân Tháng Thanh niên", null));
        assertThat(registry.deeds(c.id())).containsExactly(d);
    }

    @Test
    void deletingAnUnknownExemplarSaysSo() {
        assertThatThrownBy(() -> registry.delete(77)).hasMessageContaining("mã 77");
    }

    @Test
    void theFirstPageComesWithTheCountOfTheWholeList() {
        for (String name : new String[]{"Nguyễn Văn An", "Nguyễn Thị Bình", "Trần Văn Cường"}) {
            registry.save(person(name, 1980).build());
        }
        var f = vn.dienhinh.model.ExemplarFilter.ALL.withSearch("nguyen");
        var slice = registry.firstPage(f, 1);
        assertThat(slice.total()).isEqualTo(2);
        assertThat(slice.rows()).isEqualTo(registry.page(f, 0, 1));
    }
}
