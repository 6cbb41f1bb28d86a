package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the search box sends to the index, and what the index holds for an exemplar. */
class SearchIndexTest {

    @Test
    void namesTakeEveryShortWordAsAStartAndTextsTakeNeighbouringPairs() {
        assertThat(SearchIndex.matchExpression("Nguyễn Văn h")).isEqualTo(
                "(\"_nguyen\" AND \"_van\" * AND \"_h\" *) OR (\"nguyen_van\" AND \"van_h\" *)");
        assertThat(SearchIndex.matchExpression("hiến máu")).isEqualTo(
                "(\"_hien\" AND \"_mau\" *) OR (\"hien_mau\" *)");
    }

    @Test
    void aWordAloneIsTheStartOfANameOrOfAWordOfTheTextsWhenLongEnough() {
        assertThat(SearchIndex.matchExpression("ng")).isEqualTo("(\"_ng\" *) OR (\"ng\")");
        assertThat(SearchIndex.matchExpression("hie")).isEqualTo("(\"_hie\" *) OR (\"hie\" *)");
        assertThat(SearchIndex.matchExpression("  ,;  ")).isNull();
        assertThat(SearchIndex.matchExpression("\"; DROP TABLE exemplar; --")).doesNotContain(";", "--");
    }

    @Test
    void indexTextMarksNamesAndPairsTheWordsOfTheTexts() {
        assertThat(SearchIndex.words("Phường Bến Nghé")).isEqualTo("_phuong _ben _nghe");
        assertThat(SearchIndex.text("Hiến máu nhân_đạo.")).isEqualTo("hien mau nhan dao hien_mau mau_nhan nhan_dao");
        assertThat(SearchIndex.text(null)).isEmpty();
    }
}
