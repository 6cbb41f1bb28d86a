package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A campaign's name inside a sentence: quoted once, its kind never said twice. */
class PlanBasisTest {

    @Test
    void aPlainNameIsQuotedAfterItsKind() {
        assertThat(PlanBasis.phrase("Người tốt, việc tốt")).isEqualTo("phong trào thi đua “Người tốt, việc tốt”");
        assertThat(PlanBasis.phrase("“Người tốt, việc tốt”")).isEqualTo("phong trào thi đua “Người tốt, việc tốt”");
        assertThat(PlanBasis.phrase("\"Dân vận khéo\"")).isEqualTo("phong trào thi đua “Dân vận khéo”");
    }

    @Test
    void aNameHoldingItsOwnQuotesIsNotQuotedAgain() {
        assertThat(PlanBasis.phrase("Thi đua “Dân vận khéo” năm 2026"))
                .isEqualTo("phong trào thi đua “Dân vận khéo” năm 2026");
        assertThat(PlanBasis.phrase("Chung tay “Vì người nghèo”"))
                .isEqualTo("phong trào thi đua chung tay “Vì người nghèo”");
        assertThat(PlanBasis.phrase("Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”"))
                .isEqualTo("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”");
    }

    @Test
    void aNameJoinedToAnotherMovementHasItsOwnPartQuotedAndTheRestAsWritten() {
        // seed 004: phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động “…”
        assertThat(PlanBasis.phrase("Toàn dân đoàn kết xây dựng đời sống văn hóa gắn với Cuộc vận động "
                + "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"))
                .isEqualTo("phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động "
                        + "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”");
        assertThat(PlanBasis.phrase("Dân vận khéo gắn với \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\""))
                .isEqualTo("phong trào thi đua “Dân vận khéo” gắn với \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"");
        // a joining word inside the quotes is the quoted name's own
        assertThat(PlanBasis.phrase("Thi đua “Lao động gắn với học tập”"))
                .isEqualTo("phong trào thi đua “Lao động gắn với học tập”");
    }
}
