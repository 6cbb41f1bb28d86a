package vn.dienhinh.testutil;

import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarBuilder;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Gender;

/** Typical exemplars for tests. */
public final class ExemplarFixtures {

    private ExemplarFixtures() {
    }

    public static ExemplarBuilder person(String name, int birthYear) {
        return Exemplar.builder().kind(ExemplarKind.INDIVIDUAL).name(name).birthYear(birthYear).gender(Gender.FEMALE)
                .summary("Tích cực tham gia phong trào thi đua tại địa phương");
    }

    public static ExemplarBuilder collective(String name) {
        return Exemplar.builder().kind(ExemplarKind.COLLECTIVE).name(name).headName("Trần Văn Bình").memberCount(12)
                .summary("Tập thể đoàn kết, hoàn thành xuất sắc nhiệm vụ");
    }

    public static ExemplarBuilder household(String head) {
        return Exemplar.builder().kind(ExemplarKind.HOUSEHOLD).name(head).address("Tổ dân phố 3, phường Bến Nghé")
                .summary("Gia đình văn hóa tiêu biểu nhiều năm liền");
    }
}
